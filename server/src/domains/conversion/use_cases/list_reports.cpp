#include "domains/conversion/conversion.hpp"
#include "domains/office/common.hpp"
#include "storage/like.hpp"

namespace zhixie::conversion {

nlohmann::json list_reports(storage::Db& db, const auth::Principal& me, const ReportQuery& q) {
    auto tx = db.read();
    const Caller who = caller_of(tx, me);
    storage::Params p{{"c", me.committee_id}};
    std::string where = " AND " + visible_where(who, p, q.mine);
    if (q.year) {
        where += " AND r.year = :y";
        p.emplace_back("y", *q.year);
    }
    if (!q.kind.empty()) {
        where += " AND r.kind = :k";
        p.emplace_back("k", q.kind);
    }
    if (!q.state.empty()) {
        where += " AND c.state = :s";
        p.emplace_back("s", q.state);
    }
    if (!q.q.empty()) {
        where += " AND r.title LIKE :q" + std::string(storage::kLikeEscape);
        p.emplace_back("q", storage::like_contains(q.q));
    }
    const std::string from =
        "FROM conversion_reports r JOIN wf_cases c ON c.id = r.case_id JOIN wf_states st ON st.definition_id "
        "= "
        "c.definition_id AND st.code = c.state LEFT JOIN bodies b ON b.id = r.body_id WHERE r.committee_id = "
        ":c" +
        where;
    const std::string columns =
        "r.id, r.kind, r.title, r.year, r.submitted_on, r.body_id, b.name AS body_name, c.state, st.name_zh "
        "AS "
        "state_name_zh, st.name_en AS state_name_en, c.version, (SELECT COUNT(*) FROM "
        "conversion_instructions i "
        "WHERE i.report_id = r.id) AS instructions, (SELECT COUNT(*) FROM conversion_assignments a WHERE "
        "a.report_id = r.id) AS assignments";
    return office::page_of(tx, columns, from, "r.submitted_on DESC, r.id DESC", p, q.page, q.page_size,
                           [](const storage::Row& r) {
                               auto o = r.json();
                               name_kind(o);
                               return o;
                           });
}

}  // namespace zhixie::conversion
