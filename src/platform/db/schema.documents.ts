/** Row types of the documents tables (see the module's repository for the models services use). */
export interface DocumentsTables {}
