#include "audit/list_audit.hpp"

#include <chrono>

#include "core/clock.hpp"
#include "core/error.hpp"
#include "storage/like.hpp"

namespace zhixie::audit {

namespace {
// A China-time calendar day boundary as a UTC timestamp string.
std::string day_bound(const std::string& day, bool end, const char* field) {
    try {
        auto t = clock::parse_iso(day) - std::chrono::hours(8);
        if (end) t += std::chrono::hours(24);
        return clock::iso(t);
    } catch (const std::exception&) {
        throw AppError::invalid_field(field, "YYYY-MM-DD");
    }
}
}  // namespace

nlohmann::json list_audit(storage::Db& db, const auth::Principal& me, const AuditQuery& q) {
    std::string where = " FROM audit_log WHERE committee_id = :c";
    storage::Params p{{"c", me.committee_id}};
    if (!q.action.empty()) {
        where += " AND action LIKE :a" + std::string(storage::kLikeEscape);
        p.emplace_back("a", storage::like_prefix(q.action));
    }
    if (!q.actor.empty()) {
        where += " AND actor_name = :actor";
        p.emplace_back("actor", q.actor);
    }
    if (!q.object_type.empty()) {
        where += " AND object_type = :ot";
        p.emplace_back("ot", q.object_type);
    }
    if (!q.from.empty()) {
        where += " AND at >= :from";
        p.emplace_back("from", day_bound(q.from, false, "from"));
    }
    if (!q.to.empty()) {
        where += " AND at < :to";
        p.emplace_back("to", day_bound(q.to, true, "to"));
    }
    auto tx = db.read();
    int64_t total = tx.one("SELECT COUNT(*) AS n" + where, p)->i("n");
    p.emplace_back("lim", q.page_size);
    p.emplace_back("off", (q.page - 1) * q.page_size);
    auto rows = tx.query(
        "SELECT a.id, a.at, a.actor_user_id, a.actor_name, a.action, a.object_type, a.object_id, a.summary, "
        "a.ip, "
        "u.display_name FROM (SELECT *" +
            where +
            " ORDER BY id DESC LIMIT :lim OFFSET :off) a LEFT JOIN users u ON "
            "u.id = a.actor_user_id ORDER BY a.id DESC",
        p);
    nlohmann::json items = nlohmann::json::array();
    for (const auto& r : rows) {
        nlohmann::json actor = nullptr;
        if (!r.is_null("actor_user_id"))
            actor = {{"id", r.i("actor_user_id")},
                     {"username", r.s("actor_name")},
                     {"display_name", r.s("display_name")}};
        nlohmann::json summary = nlohmann::json::parse(r.s("summary"), nullptr, false);
        items.push_back({{"id", r.i("id")},
                         {"at", r.s("at")},
                         {"actor", actor},
                         {"action", r.s("action")},
                         {"object_type", r.s("object_type")},
                         {"object_id", r.s("object_id")},
                         {"summary", summary.is_discarded() ? nlohmann::json(r.s("summary")) : summary},
                         {"ip", r.s("ip")}});
    }
    return {{"items", items}, {"total", total}};
}

}  // namespace zhixie::audit
