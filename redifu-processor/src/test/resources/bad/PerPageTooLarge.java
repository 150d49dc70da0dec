package test;

import io.redifu.annotation.Entity;
import io.redifu.annotation.Page;
import io.redifu.runtime.BaseRecord;

@Entity
@Page(
    key = "category:{categoryRandId}:products",
    perPage = 1001)
public class PerPageTooLarge extends BaseRecord {}
