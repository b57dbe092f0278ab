/** Row types of the procedures tables (see the module's repository for the models services use). */
export interface ProceduresTables {}
