#include "domains/duty/duty.hpp"
#include "domains/duty/internal.hpp"
#include "domains/office/common.hpp"

namespace zhixie::duty {

nlohmann::json list_reports(storage::Db& db, const auth::Principal& me, const std::string& status,
                            int64_t page, int64_t page_size) {
    if (!status.empty() && status != "pending" && status != "confirmed" && status != "rejected")
        throw AppError::invalid_field("status", "pending confirmed rejected");
    auto tx = db.read();
    std::string from =
        "FROM duty_reports r JOIN members m ON m.id = r.member_id LEFT JOIN sectors sec ON sec.id = "
        "m.sector_id "
        "LEFT JOIN users u ON u.id = r.reviewed_by WHERE r.committee_id = :c";
    storage::Params p{{"c", me.committee_id}};
    if (!status.empty()) {
        from += " AND r.status = :s";
        p.emplace_back("s", status);
    }
    auto out = office::page_of(
        tx,
        "r.id, r.member_id, m.name AS member_name, sec.name AS sector_name, r.kind, r.occurred_on, r.title, "
        "r.description, r.status, r.reason, r.reviewed_at, u.display_name AS reviewed_by, r.version, "
        "r.created_at",
        from, "r.id DESC", p, page, page_size, [](const storage::Row& r) {
            auto o = r.json();
            o["kind_name"] = kind_name(r.s("kind"));
            o["status_name"] = status_name(r.s("status"));
            return o;
        });
    for (auto& o : out["items"])
        o["evidence"] = files::list(tx, {me.committee_id, "duty_report", o["id"].get<int64_t>()});
    return out;
}

}  // namespace zhixie::duty
