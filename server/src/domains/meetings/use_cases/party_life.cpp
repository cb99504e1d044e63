#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "core/clock.hpp"
#include "domains/meetings/internal.hpp"

namespace zhixie::meetings {

nlohmann::json party_requirements(storage::Db& db) {
    auto tx = db.read();
    nlohmann::json items = nlohmann::json::array();
    for (const auto& r :
         tx.query("SELECT code, name, org_kind, period, times FROM party_life_requirements ORDER BY "
                  "sort"))
        items.push_back(r.json());
    return {{"items", items}};
}

nlohmann::json party_life_status(storage::Db& db, const auth::Principal& me, const std::string& quarter) {
    auto tx = db.read();
    const int year = std::stoi(quarter.substr(0, 4));
    const int q = quarter[5] - '0';
    const std::string today = clock::today_cst();
    // the quarter's months that have begun (all three for a past quarter)
    std::vector<std::string> months;
    for (int k = 0; k < 3; ++k) {
        auto month = fmt::format("{}-{:02d}", year, (q - 1) * 3 + 1 + k);
        if (month <= today.substr(0, 7)) months.push_back(month);
    }
    const auto requirements = tx.query("SELECT * FROM party_life_requirements ORDER BY sort");
    // what each organisation held, by requirement code and China month
    const auto from = *to_utc(fmt::format("{}-{:02d}-01T00:00", year, (q - 1) * 3 + 1));
    const auto to = q == 4 ? *to_utc(fmt::format("{}-01-01T00:00", year + 1))
                           : *to_utc(fmt::format("{}-{:02d}-01T00:00", year, q * 3 + 1));
    std::map<std::pair<int64_t, std::string>, std::vector<std::string>> held;  // (org, code) → months
    for (const auto& m :
         tx.query("SELECT party_org_id, kind, party_kind, starts_at FROM meetings WHERE "
                  "committee_id = :c AND party_org_id IS NOT NULL AND starts_at >= :from AND "
                  "starts_at < :to AND starts_at <= :now",
                  {{"c", me.committee_id}, {"from", from}, {"to", to}, {"now", clock::now_iso()}})) {
        const std::string code = m.s("kind") == "three_one" ? m.s("party_kind") : m.s("kind");
        held[{m.i("party_org_id"), code}].push_back(cst_text(m.s("starts_at")).substr(0, 7));
    }
    nlohmann::json orgs = nlohmann::json::array(), not_held = nlohmann::json::array();
    for (const auto& o :
         tx.query("SELECT o.id, o.name, o.kind, p.name AS parent_name FROM party_orgs o LEFT JOIN "
                  "party_orgs p ON p.id = o.parent_id WHERE o.committee_id = :c AND o.kind IN "
                  "('branch', 'cell') ORDER BY o.sort, o.id",
                  {{"c", me.committee_id}})) {
        nlohmann::json rows = nlohmann::json::array();
        for (const auto& r : requirements) {
            if (r.s("org_kind") != o.s("kind")) continue;
            const auto& done = held[{o.i("id"), r.s("code")}];
            nlohmann::json missing = nlohmann::json::array();
            int64_t required = 0;
            if (r.s("period") == "month") {
                for (const auto& month : months) {
                    required += r.i("times");
                    if (std::count(done.begin(), done.end(), month) < r.i("times")) missing.push_back(month);
                }
            } else if (!months.empty()) {
                required = r.i("times");
                if (static_cast<int64_t>(done.size()) < required) missing.push_back(quarter);
            }
            nlohmann::json row = {{"code", r.s("code")},  {"name", r.s("name")}, {"period", r.s("period")},
                                  {"required", required}, {"held", done.size()}, {"missing", missing}};
            if (!missing.empty())
                not_held.push_back({{"party_org_id", o.i("id")},
                                    {"party_org_name", o.s("name")},
                                    {"code", r.s("code")},
                                    {"name", r.s("name")},
                                    {"missing", missing}});
            rows.push_back(std::move(row));
        }
        orgs.push_back({{"id", o.i("id")},
                        {"name", o.s("name")},
                        {"kind", o.s("kind")},
                        {"parent_name", o.s("parent_name")},
                        {"requirements", rows}});
    }
    return {{"quarter", quarter}, {"months", months}, {"orgs", orgs}, {"not_held", not_held}};
}

}  // namespace zhixie::meetings
