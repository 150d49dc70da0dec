package test;

import io.redifu.annotation.Column;
import io.redifu.annotation.Entity;

@Entity
public record DuplicateColumnNames(
    String randId,
    @Column("Title") String headline,
    @Column("TITLE") String caption) {}
