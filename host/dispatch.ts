import { ipcContract, isChannel, type Channel, type Handlers } from '../shared/ipc/contract';
import { describeIssues } from '../shared/meeting/validation-messages';
import { fail, type Result } from '../shared/result';

/**
 * The host side of every IPC call, in Electron and in the test host alike:
 * check the channel, validate the payload against the contract, and only then
 * run the handler. A handler that throws still answers with an error value.
 */
export async function dispatch(handlers: Handlers, channel: unknown, payload: unknown): Promise<Result<unknown>> {
  if (!isChannel(channel)) {
    return fail('unknown-channel', 'De app deed een verzoek dat niet bestaat. Start de app opnieuw.');
  }
  const parsed = ipcContract[channel].request.safeParse(payload, { reportInput: true });
  if (!parsed.success) {
    return fail(
      'invalid-request',
      'De app deed een verzoek met ongeldige gegevens; er is niets opgeslagen of gewijzigd.',
      describeIssues(parsed.error.issues),
    );
  }
  try {
    return await runHandler(handlers, channel, parsed.data);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return fail('internal', 'Er ging iets mis in de app. Er is niets gewijzigd; probeer het opnieuw.', [detail]);
  }
}

function runHandler<C extends Channel>(handlers: Handlers, channel: C, request: unknown): Promise<Result<unknown>> {
  // `request` was just parsed with this channel's schema.
  const handler = handlers[channel] as (request: unknown) => Promise<Result<unknown>>;
  return handler(request);
}
