#pragma once
// The audit trail (痕迹): append-only, each row chained to the one before by an SM3 hash over its
// contents and the previous hash. Appending happens inside the caller's write transaction, so the
// trace and the change it records commit or roll back together.
#include <cstdint>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "audit/actor.hpp"
#include "storage/db.hpp"

namespace zhixie::audit {

// Appends one row. summary: a small object, typically {"before":…, "after":…} or the fields changed.
void append(storage::Tx& tx, const Actor& actor, const std::string& action, const std::string& object_type,
            const std::string& object_id, const nlohmann::json& summary = nlohmann::json::object());

struct VerifyResult {
    bool ok = true;
    int64_t rows = 0;
    std::optional<int64_t> first_bad_id;  // the first row that was edited, deleted around, or reordered
    std::string problem;
};

// Walks the whole chain and recomputes every hash.
VerifyResult verify(storage::Db& db);

// The hash of one row (exposed for tests).
std::string row_hash(const std::string& prev_hash, int64_t id, const storage::Row& row);

}  // namespace zhixie::audit
