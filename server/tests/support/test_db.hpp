#pragma once
// Databases for unit tests: a fresh SQLite file per test, and PostgreSQL too when ZHIXIE_TEST_PG_DB names
// a database (scripts/test.sh sets it). Tests that touch shared tables make their own committee.
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "core/crypto.hpp"
#include "storage/db.hpp"
#include "storage/migrator.hpp"

namespace zhixie::test_support {

inline std::string temp_sqlite_url() {
    auto dir = std::filesystem::temp_directory_path() / ("zhixie-unit-" + crypto::random_token(6));
    std::filesystem::create_directories(dir);
    return "sqlite://" + (dir / "test.db").string();
}

// The backends to run a storage test on: "sqlite" always, "postgres" when configured.
inline std::vector<std::string> backends() {
    std::vector<std::string> b{"sqlite"};
    if (std::getenv("ZHIXIE_TEST_PG_DB")) b.push_back("postgres");
    return b;
}

inline std::unique_ptr<storage::Db> open_test_db(const std::string& backend, int pool = 4) {
    crypto::init();
    std::string url = backend == "sqlite" ? temp_sqlite_url() : std::string(std::getenv("ZHIXIE_TEST_PG_DB"));
    auto db = storage::Db::open(url, pool);
    storage::migrate(*db);
    return db;
}

}  // namespace zhixie::test_support
