// Declarations of @aws-sdk/client-cloudwatch as the playground serves it, for the editor: the
// metric commands (PutMetricData, GetMetricData, GetMetricStatistics, ListMetrics) and their shapes.
import { packageDeclarations, type OperationDecl } from './sdk-common';

const op = (name: string, input: string, output: string | null, optionalInput = false): OperationDecl => ({ name, input, output, optionalInput });

const BODY = `
export type StandardUnit = 'Seconds' | 'Microseconds' | 'Milliseconds' | 'Bytes' | 'Kilobytes' | 'Megabytes' | 'Gigabytes' | 'Terabytes' | 'Bits' | 'Kilobits' | 'Megabits' | 'Gigabits' | 'Terabits' | 'Percent' | 'Count' | 'Bytes/Second' | 'Kilobytes/Second' | 'Megabytes/Second' | 'Gigabytes/Second' | 'Terabytes/Second' | 'Bits/Second' | 'Kilobits/Second' | 'Megabits/Second' | 'Gigabits/Second' | 'Terabits/Second' | 'Count/Second' | 'None';
export declare const StandardUnit: Record<string, StandardUnit>;
export type Statistic = 'SampleCount' | 'Average' | 'Sum' | 'Minimum' | 'Maximum';
export declare const Statistic: { readonly Average: 'Average'; readonly Maximum: 'Maximum'; readonly Minimum: 'Minimum'; readonly SampleCount: 'SampleCount'; readonly Sum: 'Sum' };
export type ScanBy = 'TimestampAscending' | 'TimestampDescending';
export declare const ScanBy: { readonly TIMESTAMP_ASCENDING: 'TimestampAscending'; readonly TIMESTAMP_DESCENDING: 'TimestampDescending' };
export type StatusCode = 'Complete' | 'Forbidden' | 'InternalError' | 'PartialData';
export declare const StatusCode: { readonly COMPLETE: 'Complete'; readonly FORBIDDEN: 'Forbidden'; readonly INTERNAL_ERROR: 'InternalError'; readonly PARTIAL_DATA: 'PartialData' };
export declare const RecentlyActive: { readonly PT3H: 'PT3H' };
export interface Dimension { Name: string | undefined; Value: string | undefined }
export interface DimensionFilter { Name: string | undefined; Value?: string }
export interface StatisticSet { SampleCount: number | undefined; Sum: number | undefined; Minimum: number | undefined; Maximum: number | undefined }
export interface MetricDatum {
  MetricName: string | undefined; Dimensions?: Dimension[]; Timestamp?: Date; Value?: number; StatisticValues?: StatisticSet;
  Values?: number[]; Counts?: number[]; Unit?: StandardUnit; StorageResolution?: number;
}
export interface PutMetricDataInput { Namespace: string | undefined; MetricData?: MetricDatum[]; StrictEntityValidation?: boolean }
export interface Metric { Namespace?: string; MetricName?: string; Dimensions?: Dimension[] }
export interface MetricStat { Metric: Metric | undefined; Period: number | undefined; Stat: string | undefined; Unit?: StandardUnit }
export interface MetricDataQuery { Id: string | undefined; MetricStat?: MetricStat; Expression?: string; Label?: string; ReturnData?: boolean; Period?: number; AccountId?: string }
export interface GetMetricDataInput { MetricDataQueries: MetricDataQuery[] | undefined; StartTime: Date | undefined; EndTime: Date | undefined; NextToken?: string; ScanBy?: ScanBy; MaxDatapoints?: number }
export interface MessageData { Code?: string; Value?: string }
export interface MetricDataResult { Id?: string; Label?: string; Timestamps?: Date[]; Values?: number[]; StatusCode?: StatusCode; Messages?: MessageData[] }
export interface GetMetricDataOutput { MetricDataResults?: MetricDataResult[]; NextToken?: string; Messages?: MessageData[] }
export interface GetMetricStatisticsInput {
  Namespace: string | undefined; MetricName: string | undefined; Dimensions?: Dimension[]; StartTime: Date | undefined; EndTime: Date | undefined;
  Period: number | undefined; Statistics?: Statistic[]; ExtendedStatistics?: string[]; Unit?: StandardUnit;
}
export interface Datapoint { Timestamp?: Date; SampleCount?: number; Average?: number; Sum?: number; Minimum?: number; Maximum?: number; Unit?: StandardUnit; ExtendedStatistics?: Record<string, number> }
export interface GetMetricStatisticsOutput { Label?: string; Datapoints?: Datapoint[] }
export interface ListMetricsInput { Namespace?: string; MetricName?: string; Dimensions?: DimensionFilter[]; NextToken?: string; RecentlyActive?: 'PT3H' }
export interface ListMetricsOutput { Metrics?: Metric[]; NextToken?: string }
export declare function paginateGetMetricData(config: PaginationConfiguration<CloudWatchClient>, input: GetMetricDataCommandInput): Paginator<GetMetricDataCommandOutput>;
export declare function paginateListMetrics(config: PaginationConfiguration<CloudWatchClient>, input: ListMetricsCommandInput): Paginator<ListMetricsCommandOutput>;
`;

export const CLIENT_CLOUDWATCH = packageDeclarations({
  service: 'cloudwatch',
  client: 'CloudWatchClient',
  baseException: 'CloudWatchServiceException',
  operations: [
    op('PutMetricData', 'PutMetricDataInput', null),
    op('GetMetricData', 'GetMetricDataInput', 'GetMetricDataOutput'),
    op('GetMetricStatistics', 'GetMetricStatisticsInput', 'GetMetricStatisticsOutput'),
    op('ListMetrics', 'ListMetricsInput', 'ListMetricsOutput', true),
  ],
  exceptions: Object.fromEntries(
    `ConcurrentModificationException ConflictException DashboardInvalidInputError DashboardNotFoundError InternalServiceFault InvalidFormatFault
    InvalidNextToken InvalidParameterCombinationException InvalidParameterValueException LimitExceededException LimitExceededFault
    MissingRequiredParameterException ResourceNotFound ResourceNotFoundException`.split(/\s+/).filter(Boolean).map((name) => [name, '']),
  ),
  body: BODY,
});
