package dev.synthesis.app.tenancy.internal;

import dev.synthesis.app.tenancy.TenantStatus;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Locale;

/** The tenants table writes a status in lower case, as its check constraint and the API do. */
@Converter
class TenantStatusColumn implements AttributeConverter<TenantStatus, String> {

    @Override
    public String convertToDatabaseColumn(TenantStatus status) {
        return status.value();
    }

    @Override
    public TenantStatus convertToEntityAttribute(String column) {
        return TenantStatus.valueOf(column.toUpperCase(Locale.ROOT));
    }
}
