// `os`: the machine a Lambda function sees — Amazon Linux on x86_64, two vCPUs' worth, memory as configured, user sbx_user1051.
import { NODE_RUNTIME_BASELINE_MB } from '../memory';

const HOME = '/home/sbx_user1051';
const CPU = { model: 'Intel(R) Xeon(R) Processor @ 2.50GHz', speed: 2500 };
const SIGNALS = {
  SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGILL: 4, SIGTRAP: 5, SIGABRT: 6, SIGBUS: 7, SIGFPE: 8, SIGKILL: 9, SIGUSR1: 10,
  SIGSEGV: 11, SIGUSR2: 12, SIGPIPE: 13, SIGALRM: 14, SIGTERM: 15, SIGCHLD: 17, SIGCONT: 18, SIGSTOP: 19, SIGTSTP: 20,
};

/** The `os` module object for one execution environment; `memoryLimitInMB` is the function's memory setting. */
export function createOs(memoryLimitInMB: number) {
  const started = performance.now();
  // Lambda hosts answer with a link-local address; one per environment, fixed for its life.
  const octet = () => 1 + Math.floor(Math.random() * 254);
  const host = `169.254.${octet()}.${octet()}`;
  const totalmem = memoryLimitInMB * 1024 * 1024;
  const uptime = () => Math.round((performance.now() - started) / 10) / 100;
  const cpu = () => {
    const ms = Math.round(performance.now() - started);
    return { ...CPU, times: { user: ms, nice: 0, sys: Math.round(ms / 4), idle: ms * 2, irq: 0 } };
  };
  return {
    EOL: '\n',
    devNull: '/dev/null',
    constants: { signals: SIGNALS, errno: {}, priority: { PRIORITY_LOW: 19, PRIORITY_BELOW_NORMAL: 10, PRIORITY_NORMAL: 0, PRIORITY_ABOVE_NORMAL: -7, PRIORITY_HIGH: -14, PRIORITY_HIGHEST: -20 } },
    platform: () => 'linux',
    type: () => 'Linux',
    arch: () => 'x64',
    machine: () => 'x86_64',
    release: () => '5.10.240-258.966.amzn2.x86_64',
    version: () => '#1 SMP Wed Sep 10 19:43:30 UTC 2025',
    hostname: () => host,
    tmpdir: () => '/tmp',
    homedir: () => HOME,
    endianness: () => 'LE',
    cpus: () => [cpu(), cpu()],
    availableParallelism: () => 2,
    totalmem: () => totalmem,
    // The runtime takes the share the REPORT line's Max Memory Used starts from; the rest is free.
    freemem: () => Math.max(0, totalmem - NODE_RUNTIME_BASELINE_MB * 1024 * 1024),
    loadavg: () => [0, 0, 0],
    uptime,
    userInfo: () => ({ uid: 993, gid: 990, username: 'sbx_user1051', homedir: HOME, shell: null }),
    networkInterfaces: () => ({}),
    getPriority: () => 0,
    setPriority: () => undefined,
  };
}
