// The CSS class a log line is styled by: platform lines (START/END), REPORT lines, or the console level.
import type { LogEvent } from '../../../engine/logs/log-store';

export function lineClass(line: Pick<LogEvent, 'level' | 'message'>): string {
  if (line.level === 'platform') return line.message.startsWith('REPORT') ? 'report' : 'platform';
  return line.level.toLowerCase();
}
