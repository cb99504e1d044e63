#include "domains/consultation/supervision/supervision_record.hpp"
#include "domains/office/common.hpp"

namespace zhixie::consultation {

nlohmann::json list_supervision(storage::Db& db, const auth::Principal& me, const ListQuery& q) {
    auto tx = db.read();
    std::string where = "FROM supervision_items s WHERE s.committee_id = :c";
    storage::Params p = {{"c", me.committee_id}};
    if (q.year) {
        where += " AND s.started_on BETWEEN :from AND :to";
        p.emplace_back("from", std::to_string(*q.year) + "-01-01");
        p.emplace_back("to", std::to_string(*q.year) + "-12-31");
    }
    if (!q.kind.empty()) {
        where += " AND s.mode = :m";
        p.emplace_back("m", q.kind);
    }
    const std::string columns = "s.id, s.mode, s.subject, s.started_on, s.version, " +
                                count_column("supervision", "s", "consultation_people", "member") + ", " +
                                count_column("supervision", "s", "consultation_people", "department") + ", " +
                                count_column("supervision", "s", "consultation_entries", "visit") + ", " +
                                count_column("supervision", "s", "consultation_entries", "letter") + ", " +
                                count_column("supervision", "s", "consultation_entries", "follow_up");
    return office::page_of(tx, columns, where, "s.started_on DESC, s.id DESC", p, q.page, q.page_size,
                           [](const storage::Row& r) {
                               auto o = counted_row(r);
                               o["mode_name"] = form_name(r.s("mode"));
                               return o;
                           });
}

nlohmann::json get_supervision(storage::Db& db, const auth::Principal& me, int64_t id) {
    auto tx = db.read();
    return supervision_json(tx, me.committee_id, id);
}

}  // namespace zhixie::consultation
