import { describe, expect, it } from 'vitest';

import { pageableQuery } from './pageable-query';

describe('pageableQuery', () => {
  it('flattensThePageableAndRepeatsSortBesideOtherParameters', () => {
    // given a typed query with a pageable object, a sort array and a plain parameter
    const query = { schemaId: 's-1', pageable: { page: 2, size: 20, sort: ['createdAt,desc', 'id'] } };

    // when it is serialised, then Spring's plain parameters come out
    expect(pageableQuery(query)).toBe('schemaId=s-1&page=2&size=20&sort=createdAt%2Cdesc&sort=id');
  });
});
