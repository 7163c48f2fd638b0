import { Card, Table, Text, Title } from '@mantine/core';

import type { components } from '@/api/schema.gen';
import { formatCount } from '@/lib/format';

import { formatScore } from '@/lib/score';

type MlEfficacy = components['schemas']['MlEfficacy'];

const metricFormat = new Intl.NumberFormat(undefined, { minimumFractionDigits: 3, maximumFractionDigits: 3 });

function metric(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value) ? '—' : metricFormat.format(value);
}

/** Train on synthetic, test on real: the same classifier trained on real rows is the yardstick. */
export function MlEfficacySection({ efficacy, note }: { efficacy: MlEfficacy | undefined; note: string | undefined }) {
  return (
    <Card component="section" aria-labelledby="efficacy-heading">
      <Title order={2} size="h3" id="efficacy-heading" mb="xs">
        Machine-learning efficacy
      </Title>
      {efficacy === undefined ? (
        <Text c="dimmed">{note ?? 'Not measured for this job.'}</Text>
      ) : (
        <>
          <Text size="sm" mb="sm">
            A classifier predicting <strong>{efficacy.target}</strong> ({efficacy.classCount} classes) was trained once
            on {formatCount(efficacy.syntheticTrainRows)} synthetic rows and once on{' '}
            {formatCount(efficacy.realTrainRows)} real rows, and both were tested on {formatCount(efficacy.testRows)}{' '}
            real rows neither had seen.
          </Text>
          <Table.ScrollContainer minWidth={420}>
            <Table>
              <Table.Caption>Train on synthetic, test on real, against train on real</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Measure</Table.Th>
                  <Table.Th scope="col">Trained on real</Table.Th>
                  <Table.Th scope="col">Trained on synthetic</Table.Th>
                  <Table.Th scope="col">Synthetic ÷ real</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                <Table.Tr>
                  <Table.Th scope="row">ROC AUC</Table.Th>
                  <Table.Td>{metric(efficacy.realAuc)}</Table.Td>
                  <Table.Td>{metric(efficacy.syntheticAuc)}</Table.Td>
                  <Table.Td>{formatScore(efficacy.aucRatio)}</Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th scope="row">Macro F1</Table.Th>
                  <Table.Td>{metric(efficacy.realMacroF1)}</Table.Td>
                  <Table.Td>{metric(efficacy.syntheticMacroF1)}</Table.Td>
                  <Table.Td>{formatScore(efficacy.f1Ratio)}</Table.Td>
                </Table.Tr>
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Text size="sm" c="dimmed" mt="sm">
            {efficacy.informative
              ? `The synthetic-trained model keeps ${formatScore(efficacy.aucLiftRatio)} of the real model’s skill above chance; this counts towards the quality score.`
              : (note ??
                'The real model barely beats chance, so this says nothing about the synthetic data and is left out of the score.')}
          </Text>
        </>
      )}
    </Card>
  );
}
