#include <map>
#include <utility>

#include "core/error.hpp"
#include "domains/duty/duty.hpp"
#include "domains/duty/internal.hpp"
#include "domains/duty/notices.hpp"

namespace zhixie::duty {

// Who the year's measures make due a notice, with the reasons in numbers and any notice already issued.
nlohmann::json notice_candidates(storage::Db& db, const auth::Principal& me, int64_t year,
                                 const std::string& kind, std::optional<int64_t> sector_id) {
    if (!kind.empty() && kind != kNoticeKinds[0] && kind != kNoticeKinds[1])
        throw AppError::invalid_field("kind", kind);
    ensure_fresh(db, me.committee_id, year);
    auto tx = db.read();
    std::map<std::pair<int64_t, std::string>, nlohmann::json> issued;
    for (const auto& n : tx.query("SELECT id, member_id, kind, status, issued_at FROM duty_notices WHERE "
                                  "committee_id = :c AND year = :y AND status <> 'withdrawn'",
                                  {{"c", me.committee_id}, {"y", year}}))
        issued[{n.i("member_id"), n.s("kind")}] = {{"id", n.i("id")},
                                                   {"status", n.s("status")},
                                                   {"status_name", notice_status_name(n.s("status"))},
                                                   {"issued_at", n.s("issued_at")}};
    nlohmann::json items = nlohmann::json::array();
    nlohmann::json counts = {{"reminder", 0}, {"resign", 0}};
    for (auto& c : candidates(tx, me.committee_id, year)) {
        if (sector_id && c.sector_id != sector_id) continue;
        counts[c.kind] = counts[c.kind].get<int64_t>() + 1;
        if (!kind.empty() && c.kind != kind) continue;
        auto it = issued.find({c.member_id, c.kind});
        items.push_back({{"member_id", c.member_id},
                         {"name", c.name},
                         {"sector_id", c.sector_id ? nlohmann::json(*c.sector_id) : nlohmann::json(nullptr)},
                         {"sector_name", c.sector_name},
                         {"kind", c.kind},
                         {"kind_name", notice_kind_name(c.kind)},
                         {"lines", reason_lines(c.kind, c.reasons)},
                         {"reasons", std::move(c.reasons)},
                         {"notice", it == issued.end() ? nlohmann::json(nullptr) : it->second}});
    }
    const auto total = items.size();
    return {{"year", year},
            {"items", std::move(items)},
            {"total", total},
            {"counts", counts},
            {"measures", to_json(load_rules(tx, me.committee_id, year).rules)["measures"]}};
}

}  // namespace zhixie::duty
