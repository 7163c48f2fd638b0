import { describe, expect, it } from 'vitest';

import { actionInWords, actorKindInWords } from './audit-words';

describe('audit words', () => {
  it('namesAKnownAction', () => {
    expect(actionInWords('quota.updated')).toBe('Changed the limits');
  });

  it('namesTheKindOfActor', () => {
    expect(actorKindInWords('api-key')).toBe('API key');
    expect(actorKindInWords('admin')).toBe('platform admin');
    expect(actorKindInWords('system')).toBe('Synthesis itself');
  });

  it('spellsOutAnActionItDoesNotKnow', () => {
    expect(actionInWords('schema.archived')).toBe('Schema archived');
    expect(actionInWords('deployment_run-next')).toBe('Deployment run next');
  });
});
