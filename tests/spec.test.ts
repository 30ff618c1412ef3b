/**
 * Runs the recognisers' spec tables (tests/spec/*.spec.ts) through the public extract API.
 * To add a case, add a row to a table; the runner needs no change.
 */
import { runSpec } from './spec/harness.js';
import { moneySpec } from './spec/money.spec.js';
import { percentSpec } from './spec/percent.spec.js';
import { dateSpec } from './spec/date.spec.js';
import { organizationSpec } from './spec/organization.spec.js';
import { officialSpec } from './spec/official.spec.js';

runSpec(moneySpec);
runSpec(percentSpec);
runSpec(dateSpec);
runSpec(organizationSpec);
runSpec(officialSpec);
