#include "domains/org/org.hpp"
#include "domains/org/staffing.hpp"

namespace zhixie::org {

nlohmann::json history(storage::Db& db, const auth::Principal& me, const HistoryQuery& q) {
    auto tx = db.read();
    std::string where = " WHERE e.committee_id = :c";
    storage::Params p{{"c", me.committee_id}};
    if (q.body_id) {
        where += " AND (e.body_id = :b OR e.related_body_id = :b)";
        p.emplace_back("b", *q.body_id);
    }
    if (!q.from.empty()) {
        where += " AND e.on_date >= :from";
        p.emplace_back("from", check_date("from", q.from, true));
    }
    if (!q.to.empty()) {
        where += " AND e.on_date <= :to";
        p.emplace_back("to", check_date("to", q.to, true));
    }
    // the committee's bodies, to tell the structure in force after each event
    struct Span {
        std::string kind, from, until;
    };
    std::vector<Span> spans;
    for (const auto& r :
         tx.query("SELECT kind, established_on, abolished_on FROM bodies WHERE committee_id = :c",
                  {{"c", me.committee_id}}))
        spans.push_back({r.s("kind"), r.s("established_on"), r.s("abolished_on")});
    nlohmann::json items = nlohmann::json::array();
    for (const auto& r :
         tx.query("SELECT e.id, e.body_id, b.name AS body_name, b.kind AS body_kind, e.event, e.on_date, "
                  "e.old_name, "
                  "e.new_name, e.note, e.related_body_id, r.name AS related_body_name FROM body_events e "
                  "JOIN bodies b ON b.id = e.body_id LEFT JOIN bodies r ON r.id = e.related_body_id" +
                      where + " ORDER BY e.on_date, e.id",
                  p)) {
        const std::string day = r.s("on_date");
        int64_t offices = 0, committees = 0, centres = 0;
        for (const auto& s : spans) {
            if (s.from > day || (!s.until.empty() && s.until <= day)) continue;
            offices += s.kind == "office";
            committees += s.kind == "special_committee";
            centres += s.kind == "centre";
        }
        auto o = r.json();
        o["structure_after"] = {{"offices", offices},
                                {"special_committees", committees},
                                {"centres", centres},
                                {"label", structure_label(offices, committees, centres)}};
        items.push_back(o);
    }
    return {{"items", items}, {"total", items.size()}};
}

}  // namespace zhixie::org
