#include "core/error.hpp"
#include "domains/duty/duty.hpp"
#include "domains/duty/internal.hpp"
#include "domains/duty/notices.hpp"

namespace zhixie::duty {

namespace {
nlohmann::json items_of(const storage::Rows& rows) {
    nlohmann::json items = nlohmann::json::array();
    for (const auto& r : rows)
        items.push_back(notice_json(r));
    return items;
}
}  // namespace

// The committee-year's notices, newest first, with how many there are of each status.
nlohmann::json list_notices(storage::Db& db, const auth::Principal& me, int64_t year, const std::string& kind,
                            const std::string& status) {
    if (!kind.empty() && kind != kNoticeKinds[0] && kind != kNoticeKinds[1])
        throw AppError::invalid_field("kind", kind);
    if (!status.empty() && status != "issued" && status != "talked" && status != "withdrawn")
        throw AppError::invalid_field("status", status);
    auto tx = db.read();
    storage::Params p{{"c", me.committee_id}, {"y", year}};
    std::string where = " WHERE n.committee_id = :c AND n.year = :y";
    if (!kind.empty()) {
        where += " AND n.kind = :k";
        p.emplace_back("k", kind);
    }
    nlohmann::json counts = {{"issued", 0}, {"talked", 0}, {"withdrawn", 0}};
    for (const auto& r :
         tx.query("SELECT n.status, COUNT(*) AS cnt FROM duty_notices n" + where + " GROUP BY n.status", p))
        counts[r.s("status")] = r.i("cnt");
    if (!status.empty()) {
        where += " AND n.status = :s";
        p.emplace_back("s", status);
    }
    auto items = items_of(tx.query(std::string(kNoticeSelect) + where + " ORDER BY n.id DESC", p));
    const auto total = items.size();
    return {{"year", year}, {"items", std::move(items)}, {"total", total}, {"counts", counts}};
}

nlohmann::json my_notices(storage::Db& db, const auth::Principal& me) {
    const int64_t member = my_member_id(db, me);
    auto tx = db.read();
    return {
        {"items", items_of(tx.query(std::string(kNoticeSelect) +
                                        " WHERE n.committee_id = :c AND n.member_id = :m ORDER BY n.id DESC",
                                    {{"c", me.committee_id}, {"m", member}}))}};
}

}  // namespace zhixie::duty
