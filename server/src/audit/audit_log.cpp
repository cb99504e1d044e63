#include "audit/audit_log.hpp"

#include "core/clock.hpp"
#include "core/crypto.hpp"
#include "http/message.hpp"

namespace zhixie::audit {

namespace {
constexpr char kSep = '\x1f';

std::string material(const std::string& prev_hash, int64_t id, const std::string& committee_id,
                     const std::string& at, const std::string& actor_user_id, const std::string& actor_name,
                     const std::string& action, const std::string& object_type, const std::string& object_id,
                     const std::string& summary, const std::string& ip) {
    std::string m;
    for (const std::string* part : {&prev_hash, &committee_id, &at, &actor_user_id, &actor_name, &action,
                                    &object_type, &object_id, &summary, &ip}) {
        m += *part;
        m.push_back(kSep);
    }
    return m + std::to_string(id);
}

std::string opt_id(const std::optional<int64_t>& v) {
    return v ? std::to_string(*v) : std::string();
}
}  // namespace

std::string row_hash(const std::string& prev_hash, int64_t id, const storage::Row& r) {
    return crypto::sm3_hex(material(prev_hash, id, r.s("committee_id"), r.s("at"), r.s("actor_user_id"),
                                    r.s("actor_name"), r.s("action"), r.s("object_type"), r.s("object_id"),
                                    r.s("summary"), r.s("ip")));
}

void append(storage::Tx& tx, const Actor& actor, const std::string& action, const std::string& object_type,
            const std::string& object_id, const nlohmann::json& summary) {
    // Updating the single head row serialises appenders on both databases (a row lock on PostgreSQL,
    // the write lock on SQLite), so the chain never forks.
    auto head =
        tx.one("UPDATE audit_head SET last_id = last_id + 1 WHERE id = 1 RETURNING last_id, last_hash");
    if (!head) throw std::runtime_error("audit_head row is missing");
    const int64_t id = head->i("last_id");
    const std::string prev = head->s("last_hash");
    const std::string at = clock::now_iso();
    const std::string sum = http::dump_json(summary);
    const std::string hash =
        crypto::sm3_hex(material(prev, id, opt_id(actor.committee_id), at, opt_id(actor.user_id), actor.name,
                                 action, object_type, object_id, sum, actor.ip));
    storage::Value committee = actor.committee_id ? storage::Value(*actor.committee_id) : storage::Value{};
    storage::Value user = actor.user_id ? storage::Value(*actor.user_id) : storage::Value{};
    tx.exec(
        "INSERT INTO audit_log (id, committee_id, at, actor_user_id, actor_name, action, object_type, "
        "object_id, "
        "summary, ip, prev_hash, hash) VALUES (:id, :c, :at, :u, :n, :a, :ot, :oi, :s, :ip, :prev, :hash)",
        {{"id", id},
         {"c", committee},
         {"at", at},
         {"u", user},
         {"n", actor.name},
         {"a", action},
         {"ot", object_type},
         {"oi", object_id},
         {"s", sum},
         {"ip", actor.ip},
         {"prev", prev},
         {"hash", hash}});
    tx.exec("UPDATE audit_head SET last_hash = :h WHERE id = 1", {{"h", hash}});
}

VerifyResult verify(storage::Db& db) {
    VerifyResult res;
    auto tx = db.read();
    std::string prev;
    int64_t expected = 1;
    const int64_t batch = 5000;
    for (int64_t from = 0;; from += batch) {
        auto rows = tx.query(
            "SELECT id, committee_id, at, actor_user_id, actor_name, action, object_type, object_id, "
            "summary, ip, "
            "prev_hash, hash FROM audit_log ORDER BY id LIMIT :lim OFFSET :off",
            {{"lim", batch}, {"off", from}});
        for (const auto& r : rows) {
            const int64_t id = r.i("id");
            auto fail = [&](const std::string& why) {
                res.ok = false;
                res.first_bad_id = id;
                res.problem = why;
            };
            if (id != expected) {
                fail("row " + std::to_string(expected) + " is missing (next row is " + std::to_string(id) +
                     ")");
                res.first_bad_id = expected;  // the gap, not the row after it
            } else if (r.s("prev_hash") != prev)
                fail("row " + std::to_string(id) + " does not link to the row before it");
            else if (row_hash(prev, id, r) != r.s("hash"))
                fail("row " + std::to_string(id) + " was altered (its hash does not match its contents)");
            if (!res.ok) return res;
            prev = r.s("hash");
            ++expected;
            ++res.rows;
        }
        if (static_cast<int64_t>(rows.size()) < batch) break;
    }
    auto head = tx.one("SELECT last_id, last_hash FROM audit_head WHERE id = 1");
    if (head && (head->i("last_id") != expected - 1 || head->s("last_hash") != prev)) {
        res.ok = false;
        res.first_bad_id = expected;
        res.problem = "rows after " + std::to_string(expected - 1) +
                      " were deleted (the chain head records " + std::to_string(head->i("last_id")) + ")";
    }
    return res;
}

}  // namespace zhixie::audit
