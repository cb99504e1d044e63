#include "storage/migrator.hpp"

#include <algorithm>
#include <cctype>
#include <set>
#include <stdexcept>

#include <spdlog/spdlog.h>

#include "core/clock.hpp"
#include "core/embedded.hpp"
#include "core/text.hpp"

namespace zhixie::storage {

std::vector<Migration> migrations_for(Dialect d) {
    const std::string dir =
        d == Dialect::sqlite ? "server/migrations/sqlite/" : "server/migrations/postgres/";
    std::vector<Migration> out;
    for (const auto& f : embedded::files()) {
        if (f.name.rfind(dir, 0) != 0) continue;
        std::string file(f.name.substr(dir.size()));  // V0001__init.sql
        auto sep = file.find("__");
        if (file.size() < 6 || file[0] != 'V' || sep == std::string::npos)
            throw std::runtime_error("bad migration file name: " + file);
        out.push_back({std::stoi(file.substr(1, sep - 1)), file.substr(sep + 2, file.size() - sep - 6),
                       std::string(f.text)});
    }
    std::sort(out.begin(), out.end(), [](auto& a, auto& b) { return a.version < b.version; });
    return out;
}

namespace {

// Is `stmt` a CREATE TRIGGER whose body (BEGIN … END) is still open? SQLite's trigger bodies hold statements
// of their own, each ending in a semicolon.
bool inside_trigger_body(const std::string& stmt) {
    const std::string low = text::to_lower_ascii(text::trim(stmt));
    if (low.rfind("create trigger", 0) != 0 || low.find("begin") == std::string::npos) return false;
    const bool ends_with_end = low.size() > 3 && low.compare(low.size() - 3, 3, "end") == 0 &&
                               std::isspace(static_cast<unsigned char>(low[low.size() - 4]));
    return !ends_with_end;
}

}  // namespace

std::vector<std::string> split_sql(const std::string& script) {
    std::vector<std::string> out;
    std::string cur;
    bool in_quote = false, in_dollar = false;  // '…' strings; $$…$$ bodies of PostgreSQL functions
    for (size_t k = 0; k < script.size(); ++k) {
        char c = script[k];
        if (!in_quote && !in_dollar && c == '-' && k + 1 < script.size() && script[k + 1] == '-') {
            while (k < script.size() && script[k] != '\n')
                ++k;
            cur.push_back('\n');
            continue;
        }
        if (!in_dollar && c == '\'') in_quote = !in_quote;
        if (!in_quote && c == '$' && k + 1 < script.size() && script[k + 1] == '$') {
            in_dollar = !in_dollar;
            cur += "$$";
            ++k;
            continue;
        }
        if (c == ';' && !in_quote && !in_dollar && !inside_trigger_body(cur)) {
            std::string stmt = text::trim(cur);
            if (!stmt.empty()) out.push_back(stmt);
            cur.clear();
            continue;
        }
        cur.push_back(c);
    }
    std::string stmt = text::trim(cur);
    if (!stmt.empty()) out.push_back(stmt);
    return out;
}

std::vector<int> migrate(Db& db) {
    {
        auto tx = db.write();
        tx.exec(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
            "applied_at TEXT NOT NULL)");
        tx.commit();
    }
    std::vector<int> applied;
    for (const auto& m : migrations_for(db.dialect())) {
        auto tx = db.write();
        if (tx.one("SELECT version FROM schema_migrations WHERE version = :v", {{"v", int64_t{m.version}}}))
            continue;
        for (const auto& stmt : split_sql(m.sql))
            tx.exec(stmt);
        tx.exec("INSERT INTO schema_migrations (version, name, applied_at) VALUES (:v, :n, :at)",
                {{"v", int64_t{m.version}}, {"n", m.name}, {"at", clock::now_iso()}});
        tx.commit();
        spdlog::info("applied migration V{:04d} {}", m.version, m.name);
        applied.push_back(m.version);
    }
    return applied;
}

}  // namespace zhixie::storage
