import { http } from '../client'
import type { ListResult } from '../types'
import type { WorkflowDefinition, WorkflowSummary } from './types'

const path = (id: number) => `/workflows/${encodeURIComponent(String(id))}`

/** GET /workflows — the committee's workflow definitions. */
export function listWorkflows(): Promise<ListResult<WorkflowSummary>> {
  return http.get('/workflows')
}

/** GET /workflows/{id} — states and transitions. */
export function getWorkflow(id: number): Promise<WorkflowDefinition> {
  return http.get(path(id))
}

/**
 * PUT /workflows/{id} — the whole edited definition with the version it was read at; 409 `stale_version`,
 * 422 `invalid_workflow` with `details.reason` (the page shows those itself).
 */
export function saveWorkflow(definition: WorkflowDefinition): Promise<WorkflowDefinition> {
  return http.put(path(definition.id), definition, { notify: false })
}
