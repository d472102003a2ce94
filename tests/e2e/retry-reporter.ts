/**
 * Names every e2e test that passed only on a retry (vitest.e2e.config.ts allows two), with
 * how many it needed, so a flaky test is seen in the log instead of hidden by the retries.
 */
import type { Reporter, TestCase } from 'vitest/node';

export default class RetryReporter implements Reporter {
  private readonly retried: string[] = [];

  onTestCaseResult(test: TestCase) {
    const { retryCount } = test.diagnostic() ?? {};
    if (retryCount && test.result().state === 'passed') this.retried.push(`${test.fullName} (retries: ${retryCount})`);
  }

  onTestRunEnd() {
    if (this.retried.length === 0) return;
    console.log(`\ne2e: ${this.retried.length} test(s) passed only on a retry:`);
    for (const name of this.retried) console.log(`  - ${name}`);
  }
}
