import { requestBook } from '../../lib/messages/send';

// The book is asked for before anything else loads: the background reads its store while React
// and zod are fetched and compiled, instead of after them. This module stays that small.
const sent = requestBook();
void import('./mount').then(({ mountBook }) => mountBook(sent));
