// The lazily loaded Logs API answers every operation as the service itself does, errors included.
import { describe, expect, it } from 'vitest';
import { LogStore } from './log-store';
import { lazyLogsService } from './lazy-logs-service';
import { createLogsService } from './logs-service';

describe('lazyLogsService', () => {
  it('offers every operation of the service and forwards calls and errors', async () => {
    const store = new LogStore();
    store.append({ group: '/aws/lambda/a', stream: 's', timestamp: 1, message: 'ERROR x', level: 'ERROR' });
    const lazy = lazyLogsService(store);
    expect(Object.keys(lazy).sort()).toEqual(Object.keys(createLogsService(store)).sort());
    expect((await lazy.filterLogEvents({ logGroupName: '/aws/lambda/a', filterPattern: 'ERROR' })).events).toHaveLength(1);
    await expect(lazy.describeLogStreams({ logGroupName: '/nope' })).rejects.toThrow('The specified log group does not exist.');
  });
});
