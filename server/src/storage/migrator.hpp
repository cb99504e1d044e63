#pragma once
// Numbered migrations per dialect (server/migrations/{sqlite,postgres}/V0001__name.sql), embedded in the
// binary, applied in order inside one transaction each and recorded in schema_migrations.
#include <string>
#include <vector>

#include "storage/db.hpp"

namespace zhixie::storage {

struct Migration {
    int version;
    std::string name;
    std::string sql;
};

// The embedded migrations for a dialect, sorted by version.
std::vector<Migration> migrations_for(Dialect d);
// Splits a script into statements at semicolons that end a line (outside quotes and comments).
std::vector<std::string> split_sql(const std::string& script);
// Applies what is missing; returns the versions applied now.
std::vector<int> migrate(Db& db);

}  // namespace zhixie::storage
