import * as z from 'zod';

/**
 * A command parses each schema once or twice and ends: compiling zod's fast
 * path (generated code) costs more than it saves, so the CLI runs zod
 * without it, as the app's page does (there for its content security
 * policy). Imported first by every command that reads a meeting.
 */
z.config({ jitless: true });
