import { describe, expect, it } from 'vitest';
import { createOs } from './os';

describe('os', () => {
  const os = createOs(512);

  it('describes a Linux x64 machine as Lambda does', () => {
    expect(os.EOL).toBe('\n');
    expect(os.platform()).toBe('linux');
    expect(os.type()).toBe('Linux');
    expect(os.arch()).toBe('x64');
    expect(os.endianness()).toBe('LE');
    expect(os.release()).toMatch(/amzn2\.x86_64$/);
    expect(os.tmpdir()).toBe('/tmp');
    expect(os.homedir()).toBe('/home/sbx_user1051');
    expect(os.userInfo()).toMatchObject({ username: 'sbx_user1051', homedir: '/home/sbx_user1051' });
    expect(os.networkInterfaces()).toEqual({});
  });

  it('has a link-local hostname that stays the same for the environment', () => {
    expect(os.hostname()).toMatch(/^169\.254\.\d{1,3}\.\d{1,3}$/);
    expect(os.hostname()).toBe(os.hostname());
  });

  it('reports memory from the function\'s memory setting', () => {
    expect(os.totalmem()).toBe(512 * 1024 * 1024);
    expect(os.freemem()).toBeGreaterThan(0);
    expect(os.freemem()).toBeLessThan(os.totalmem());
    expect(createOs(128).totalmem()).toBe(128 * 1024 * 1024);
  });

  it('has two CPUs in Node\'s shape and an uptime that grows', async () => {
    const cpus = os.cpus();
    expect(cpus).toHaveLength(2);
    expect(cpus[0]).toMatchObject({ model: expect.any(String), speed: expect.any(Number), times: expect.objectContaining({ user: expect.any(Number), idle: expect.any(Number) }) });
    const before = os.uptime();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(os.uptime()).toBeGreaterThan(before);
    expect(os.availableParallelism()).toBe(2);
  });
});
