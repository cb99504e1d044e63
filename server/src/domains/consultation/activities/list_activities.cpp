#include "domains/consultation/activities/activity_record.hpp"
#include "domains/office/common.hpp"

namespace zhixie::consultation {

nlohmann::json list_activities(storage::Db& db, const auth::Principal& me, const ListQuery& q) {
    auto tx = db.read();
    std::string where = "FROM consultation_activities a WHERE a.committee_id = :c";
    storage::Params p = {{"c", me.committee_id}};
    if (q.year) {
        where += " AND a.held_on BETWEEN :from AND :to";
        p.emplace_back("from", std::to_string(*q.year) + "-01-01");
        p.emplace_back("to", std::to_string(*q.year) + "-12-31");
    }
    if (!q.kind.empty()) {
        where += " AND a.form = :f";
        p.emplace_back("f", q.kind);
    }
    const std::string columns = "a.id, a.form, a.title, a.topic_id, a.held_on, a.place, a.version, " +
                                count_column("activity", "a", "consultation_people", "member") + ", " +
                                count_column("activity", "a", "consultation_entries", "speech") + ", " +
                                count_column("activity", "a", "consultation_entries", "report");
    return office::page_of(tx, columns, where, "a.held_on DESC, a.id DESC", p, q.page, q.page_size,
                           [](const storage::Row& r) {
                               auto o = counted_row(r);
                               o["form_name"] = form_name(r.s("form"));
                               return o;
                           });
}

nlohmann::json get_activity(storage::Db& db, const auth::Principal& me, int64_t id) {
    auto tx = db.read();
    return activity_json(tx, me.committee_id, id);
}

}  // namespace zhixie::consultation
