// `operations.incidents`: incidents and drill runs on a hall's plan — the live checklist (应急处置).
import { incidentInputs, incidentPhotoInputs, queueWarningInputs } from '@duda/contract-operations';
import { authedProcedure, router } from '@duda/service-kit';
import type { OperationsDeps } from '../deps.ts';
import { uploadIncidentPhoto } from '../incidents/incident-photos.ts';
import {
  acknowledgeIncident,
  addNote,
  closeIncident,
  escalateIncident,
  getIncident,
  listIncidents,
  startIncident,
  tickStep,
} from '../incidents/incident-service.ts';
import { getQueueWarning } from '../incidents/queue-warnings.ts';

export const incidentsRouter = (deps: OperationsDeps) =>
  router({
    list: authedProcedure
      .input(incidentInputs.list)
      .query(({ ctx, input }) => listIncidents(deps, ctx, input)),
    get: authedProcedure
      .input(incidentInputs.get)
      .query(({ ctx, input }) => getIncident(deps, ctx, input.id)),
    start: authedProcedure
      .input(incidentInputs.start)
      .mutation(({ ctx, input }) => startIncident(deps, ctx, input)),
    /** The second-level queue warning an incident is started from, for the start page. */
    warning: authedProcedure
      .input(queueWarningInputs.get)
      .query(({ ctx, input }) => getQueueWarning(deps, ctx, input.id)),
    tick: authedProcedure.input(incidentInputs.tick).mutation(({ ctx, input }) => tickStep(deps, ctx, input)),
    uploadPhoto: authedProcedure
      .input(incidentPhotoInputs.uploadPhoto)
      .mutation(({ ctx, input }) => uploadIncidentPhoto(deps, ctx, input)),
    note: authedProcedure.input(incidentInputs.note).mutation(({ ctx, input }) => addNote(deps, ctx, input)),
    escalate: authedProcedure
      .input(incidentInputs.escalate)
      .mutation(({ ctx, input }) => escalateIncident(deps, ctx, input)),
    acknowledge: authedProcedure
      .input(incidentInputs.acknowledge)
      .mutation(({ ctx, input }) => acknowledgeIncident(deps, ctx, input.id)),
    close: authedProcedure
      .input(incidentInputs.close)
      .mutation(({ ctx, input }) => closeIncident(deps, ctx, input)),
  });
