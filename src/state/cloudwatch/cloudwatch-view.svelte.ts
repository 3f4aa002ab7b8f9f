// Which CloudWatch page the main area shows: the metrics dashboard, the log groups or the traces.
export const CLOUDWATCH_PAGES = ['dashboard', 'logs', 'traces'] as const;
export type CloudWatchPage = (typeof CLOUDWATCH_PAGES)[number];

export class CloudWatchView {
  /** The page on screen when the CloudWatch view is; none until one is picked in the sidebar. */
  page = $state<CloudWatchPage | undefined>();
}
