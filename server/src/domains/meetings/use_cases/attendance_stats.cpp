#include <algorithm>

#include <fmt/format.h>

#include "core/error.hpp"
#include "domains/meetings/internal.hpp"
#include "services/export/xlsx.hpp"

namespace zhixie::meetings {

namespace {

// The invitations of the selection: " FROM … WHERE …" with its parameters.
struct Selection {
    std::string from_where;
    storage::Params params;
};

Selection select(const auth::Principal& me, const StatsQuery& q) {
    if (!q.kind.empty() && std::find(kKinds.begin(), kKinds.end(), q.kind) == kKinds.end())
        throw AppError::invalid_field("kind");
    auto from = to_utc(std::to_string(q.year) + "-01-01T00:00");
    auto to = to_utc(std::to_string(q.year + 1) + "-01-01T00:00");
    Selection s{
        " FROM meeting_invitees i JOIN meetings m ON m.id = i.meeting_id LEFT JOIN members mb ON mb.id = "
        "i.member_id LEFT JOIN sectors sec ON sec.id = mb.sector_id WHERE m.committee_id = :c AND "
        "m.starts_at >= :from AND m.starts_at < :to AND m.cancelled_at IS NULL",  // cancelled: not held
        {{"c", me.committee_id}, {"from", *from}, {"to", *to}}};
    if (!q.kind.empty()) {
        s.from_where += " AND m.kind = :kind";
        s.params.emplace_back("kind", q.kind);
    }
    if (q.sector_id) {
        s.from_where += " AND mb.sector_id = :sector";
        s.params.emplace_back("sector", *q.sector_id);
    }
    return s;
}

const char* kCounts =
    "COUNT(*) AS invited, SUM(CASE WHEN i.attendance = 'present' THEN 1 ELSE 0 END) AS present, "
    "SUM(CASE WHEN i.attendance <> 'present' AND i.leave_status = 'approved' THEN 1 ELSE 0 END) AS on_leave, "
    "SUM(CASE WHEN i.attendance = 'absent' AND i.leave_status <> 'approved' THEN 1 ELSE 0 END) AS absent";

nlohmann::json counts_json(const storage::Row& r, nlohmann::json j) {
    j["invited"] = r.i("invited");
    j["present"] = r.i("present");
    j["leave"] = r.i("on_leave");
    j["absent"] = r.i("absent");
    j["rate"] =
        r.i("invited") ? static_cast<double>(r.i("present")) / static_cast<double>(r.i("invited")) : 0.0;
    return j;
}

nlohmann::json by_member(storage::Tx& tx, const Selection& s) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& r :
         tx.query(std::string("SELECT i.member_id, MIN(i.name) AS name, MIN(sec.name) AS "
                              "sector_name, ") +
                      kCounts + s.from_where +
                      " AND i.member_id IS NOT NULL GROUP BY i.member_id ORDER BY present DESC, "
                      "name",
                  s.params))
        out.push_back(counts_json(
            r,
            {{"member_id", r.i("member_id")}, {"name", r.s("name")}, {"sector_name", r.s("sector_name")}}));
    return out;
}

}  // namespace

nlohmann::json attendance_stats(storage::Db& db, const auth::Principal& me, const StatsQuery& q) {
    const auto s = select(me, q);
    auto tx = db.read();
    nlohmann::json by_kind = nlohmann::json::array();
    for (const auto& r : tx.query(std::string("SELECT m.kind, COUNT(DISTINCT m.id) AS meetings, ") + kCounts +
                                      s.from_where + " GROUP BY m.kind ORDER BY m.kind",
                                  s.params))
        by_kind.push_back(counts_json(
            r,
            {{"kind", r.s("kind")}, {"kind_name", kind_name(r.s("kind"))}, {"meetings", r.i("meetings")}}));
    auto m = tx.one("SELECT COUNT(DISTINCT m.id) AS n" + s.from_where, s.params);
    return {{"year", q.year},
            {"kind", q.kind},
            {"sector_id", q.sector_id ? nlohmann::json(*q.sector_id) : nlohmann::json(nullptr)},
            {"meetings", m->i("n")},
            {"by_kind", by_kind},
            {"by_member", by_member(tx, s)}};
}

std::string attendance_stats_xlsx(storage::Db& db, const auth::Principal& me, const StatsQuery& q) {
    const auto s = select(me, q);
    auto tx = db.read();
    exporting::Sheet sheet{
        fmt::format("{}年会议出勤统计", q.year),
        {"姓名", "界别", "应出席（次）", "出席（次）", "请假（次）", "缺席（次）", "出席率"},
        {}};
    for (const auto& r : by_member(tx, s))
        sheet.rows.push_back(
            {r["name"].get<std::string>(), r["sector_name"].get<std::string>(),
             std::to_string(r["invited"].get<int64_t>()), std::to_string(r["present"].get<int64_t>()),
             std::to_string(r["leave"].get<int64_t>()), std::to_string(r["absent"].get<int64_t>()),
             fmt::format("{:.1f}%", r["rate"].get<double>() * 100)});
    return exporting::to_xlsx(sheet);
}

}  // namespace zhixie::meetings
