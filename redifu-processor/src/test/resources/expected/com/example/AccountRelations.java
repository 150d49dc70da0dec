package com.example;

import com.example.org.Organization;
import com.example.org.OrganizationCache;
import io.redifu.annotation.MissingRelation;
import io.redifu.runtime.RedifuGenerated;
import io.redifu.runtime.internal.model.Relation;
import io.redifu.runtime.internal.model.Relations;
import io.redifu.runtime.internal.model.Resolved;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The {@code @RandIdRef}s of {@link Account}: what a fetch resolves, and where it puts the entities.
 */
@Generated("io.redifu.processor.RedifuProcessor")
@RedifuGenerated(
    from = "Account"
)
public final class AccountRelations implements Relations<Account> {
  /**
   * Fills {@code organization} with the {@link Organization} that {@code organizationRandId} references; if one is missing: {@code NULL}.
   */
  static final Relation<Account, Organization> ORGANIZATION = Relation.one("organization", "organizationRandId", () -> OrganizationCache.SPEC, MissingRelation.NULL, item -> item.organizationRandId);

  /**
   * Fills {@code manager} with the {@link Account} that {@code managerId} references; if one is missing: {@code SKIP_PARENT}.
   */
  static final Relation<Account, Account> MANAGER = Relation.one("manager", "managerId", () -> AccountCache.SPEC, MissingRelation.SKIP_PARENT, Account::getManagerId);

  private static final List<Relation<Account, ?>> ALL = List.of(ORGANIZATION, MANAGER);

  private AccountRelations() {
  }

  /**
   * Returns the relations of {@link Account}.
   */
  public static AccountRelations create() {
    return new AccountRelations();
  }

  @Override
  public List<Relation<Account, ?>> all() {
    return ALL;
  }

  @Override
  public Account inject(Account item, Resolved resolved) {
    item.organization = resolved.one(ORGANIZATION, item.organizationRandId);
    item.setManager(resolved.one(MANAGER, item.getManagerId()));
    return item;
  }
}
