package io.redifu.sample;

import io.redifu.sample.Views.AccountChange;
import io.redifu.sample.Views.AccountView;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Accounts: SQL first, then the one Redis document every feed reads the author from. */
@RestController
class AccountController {
  private final AccountCache accounts;
  private final SampleDatabase database;

  AccountController(AccountCache accounts, SampleDatabase database) {
    this.accounts = accounts;
    this.database = database;
  }

  /** Creates or renames the account; every feed shows the new name on its next read. */
  @PutMapping("/accounts/{randId}")
  AccountView save(@PathVariable String randId, @RequestBody AccountChange change) {
    Account account = database.saveAccount(randId, change.name(), change.handle());
    accounts.set(account); // one write: no post, no feed is touched
    return AccountView.of(account);
  }
}
