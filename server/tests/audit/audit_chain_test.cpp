#include <gtest/gtest.h>

#include "audit/audit_log.hpp"
#include "support/test_db.hpp"

using namespace zhixie;

namespace {
void append_rows(storage::Db& db, int n) {
    for (int k = 0; k < n; ++k) {
        auto tx = db.write();
        audit::append(tx, {int64_t{1}, std::nullopt, "tester", "127.0.0.1"}, "test.action", "thing",
                      std::to_string(k), {{"after", {{"k", k}}}});
        tx.commit();
    }
}
int64_t first_id(storage::Db& db) { return db.read().one("SELECT MIN(id) AS m FROM audit_log")->i("m"); }
}  // namespace

TEST(AuditChain, IntactChainVerifies) {
    auto db = test_support::open_test_db("sqlite");
    append_rows(*db, 5);
    auto r = audit::verify(*db);
    EXPECT_TRUE(r.ok) << r.problem;
    EXPECT_EQ(r.rows, 5);
}

TEST(AuditChain, EditedRowIsFound) {
    auto db = test_support::open_test_db("sqlite");
    append_rows(*db, 5);
    auto tx = db->write();
    tx.exec("UPDATE audit_log SET summary = '{\"after\":{\"k\":99}}' WHERE id = 3");
    tx.commit();
    auto r = audit::verify(*db);
    EXPECT_FALSE(r.ok);
    EXPECT_EQ(r.first_bad_id, 3);
}

TEST(AuditChain, DeletedRowIsFound) {
    auto db = test_support::open_test_db("sqlite");
    append_rows(*db, 5);
    auto tx = db->write();
    tx.exec("DELETE FROM audit_log WHERE id = 2");
    tx.commit();
    auto r = audit::verify(*db);
    EXPECT_FALSE(r.ok);
    EXPECT_EQ(r.first_bad_id, 2);
}

TEST(AuditChain, DeletedTailIsFound) {
    auto db = test_support::open_test_db("sqlite");
    append_rows(*db, 5);
    auto tx = db->write();
    tx.exec("DELETE FROM audit_log WHERE id = 5");
    tx.commit();
    auto r = audit::verify(*db);
    EXPECT_FALSE(r.ok);
    EXPECT_EQ(r.first_bad_id, 5);
}

TEST(AuditChain, SwappedRowsAreFound) {
    auto db = test_support::open_test_db("sqlite");
    append_rows(*db, 4);
    auto tx = db->write();
    // swap the contents of rows 2 and 3 (reordering), keeping each row's own hash
    tx.exec("UPDATE audit_log SET id = 100 WHERE id = 2");
    tx.exec("UPDATE audit_log SET id = 2 WHERE id = 3");
    tx.exec("UPDATE audit_log SET id = 3 WHERE id = 100");
    tx.commit();
    auto r = audit::verify(*db);
    EXPECT_FALSE(r.ok);
    EXPECT_EQ(r.first_bad_id, 2);
    EXPECT_EQ(first_id(*db), 1);
}

TEST(AuditChain, RolledBackWritesLeaveNoTrace) {
    auto db = test_support::open_test_db("sqlite");
    append_rows(*db, 2);
    {
        auto tx = db->write();
        audit::append(tx, audit::system_actor(), "never.committed", "thing", "x");
    }
    append_rows(*db, 1);
    auto r = audit::verify(*db);
    EXPECT_TRUE(r.ok) << r.problem;
    EXPECT_EQ(r.rows, 3);
}
