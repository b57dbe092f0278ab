/** Row types of the statistics tables (see the module's repository for the models services use). */
export interface StatisticsTables {}
