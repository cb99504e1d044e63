#include <gtest/gtest.h>

#include "storage/migrator.hpp"
#include "support/test_db.hpp"

using namespace zhixie;

TEST(Migrations, BothDialectsHaveTheSameVersions) {
    auto lite = storage::migrations_for(storage::Dialect::sqlite);
    auto pg = storage::migrations_for(storage::Dialect::postgres);
    ASSERT_FALSE(lite.empty());
    ASSERT_EQ(lite.size(), pg.size());
    EXPECT_EQ(lite.front().version, 1);
    for (size_t k = 0; k < lite.size(); ++k) {
        EXPECT_EQ(lite[k].version, pg[k].version);
        EXPECT_EQ(lite[k].name, pg[k].name);
        // Branches reserve version numbers ahead of merging (office's V0004 before proposals' V0003), so a
        // branch may have a gap; versions must still rise strictly and start at 1.
        EXPECT_GT(lite[k].version, k == 0 ? 0 : lite[k - 1].version) << "versions must rise strictly";
    }
}

TEST(Migrations, SplitKeepsQuotedSemicolons) {
    auto parts = storage::split_sql(
        "CREATE TABLE a (x TEXT DEFAULT 'a;b');\n-- a comment; here\nINSERT INTO a VALUES ('c');");
    ASSERT_EQ(parts.size(), 2u);
    EXPECT_EQ(parts[0], "CREATE TABLE a (x TEXT DEFAULT 'a;b')");
    EXPECT_EQ(parts[1], "INSERT INTO a VALUES ('c')");
}

TEST(Migrations, SplitKeepsTriggerBodiesAndFunctionBodiesWhole) {
    auto parts = storage::split_sql(
        "CREATE TRIGGER t AFTER INSERT ON a BEGIN\n  UPDATE b SET n = n + 1;\n  DELETE FROM b WHERE n <= "
        "0;\nEND;\n"
        "CREATE FUNCTION f() RETURNS trigger AS $$\nBEGIN\n  PERFORM 1;\n  RETURN NULL;\nEND $$ LANGUAGE "
        "plpgsql;\n"
        "INSERT INTO a VALUES ('weekend; end');");
    ASSERT_EQ(parts.size(), 3u);
    EXPECT_EQ(parts[0],
              "CREATE TRIGGER t AFTER INSERT ON a BEGIN\n  UPDATE b SET n = n + 1;\n  DELETE FROM b WHERE n "
              "<= 0;\nEND");
    EXPECT_EQ(parts[1],
              "CREATE FUNCTION f() RETURNS trigger AS $$\nBEGIN\n  PERFORM 1;\n  RETURN NULL;\nEND $$ "
              "LANGUAGE plpgsql");
    EXPECT_EQ(parts[2], "INSERT INTO a VALUES ('weekend; end')");
}

class StorageTest : public ::testing::TestWithParam<std::string> {};

TEST_P(StorageTest, MigrateIsIdempotentAndRollbackLosesNothing) {
    auto db = test_support::open_test_db(GetParam());
    EXPECT_TRUE(storage::migrate(*db).empty());
    const std::string code = "t" + crypto::random_token(6);
    {
        auto tx = db->write();
        tx.exec("INSERT INTO committees (code, name, level, created_at) VALUES (:c, '测试', 'county', 'x')",
                {{"c", code}});
        // no commit: rolled back
    }
    {
        auto tx = db->read();
        EXPECT_FALSE(tx.one("SELECT id FROM committees WHERE code = :c", {{"c", code}}));
    }
    auto tx = db->write();
    int64_t id = tx.insert(
        "INSERT INTO committees (code, name, level, created_at) VALUES (:c, :n, 'county', 'x') RETURNING id",
        {{"c", code}, {"n", std::string("'; DROP TABLE users;-- <script>")}});
    tx.commit();
    auto r = db->read().one("SELECT name, parent_id FROM committees WHERE id = :id", {{"id", id}});
    ASSERT_TRUE(r);
    EXPECT_EQ(r->s("name"), "'; DROP TABLE users;-- <script>");
    EXPECT_TRUE(r->is_null("parent_id"));
    auto dup = db->write();
    try {
        dup.exec("INSERT INTO committees (code, name, level, created_at) VALUES (:c, 'x', 'county', 'x')",
                 {{"c", code}});
        ADD_FAILURE() << "a duplicate committee code was accepted";
    } catch (const storage::UniqueViolation& e) {
        EXPECT_EQ(e.column, "code") << e.what();
    }
}

INSTANTIATE_TEST_SUITE_P(Backends, StorageTest, ::testing::ValuesIn(test_support::backends()));
