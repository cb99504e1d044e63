#include <set>

#include "core/clock.hpp"
#include "domains/consultation/consultation.hpp"
#include "services/duty/duty_records.hpp"

namespace zhixie::consultation {

void save_people(storage::Tx& tx, int64_t committee_id, const std::string& owner, int64_t owner_id,
                 const People& p, FieldErrors& e, const std::string& on, const std::string& title) {
    std::vector<std::pair<int64_t, std::string>> members, units;
    for (int64_t id : std::set<int64_t>(p.member_ids.begin(), p.member_ids.end())) {
        auto r = tx.one("SELECT name FROM members WHERE id = :id AND committee_id = :c",
                        {{"id", id}, {"c", committee_id}});
        if (!r)
            e.add("member_ids", "field_unknown_ref", {{"value", id}});
        else
            members.emplace_back(id, r->s("name"));
    }
    for (int64_t id : std::set<int64_t>(p.unit_ids.begin(), p.unit_ids.end())) {
        auto r = tx.one("SELECT name FROM units WHERE id = :id AND committee_id = :c",
                        {{"id", id}, {"c", committee_id}});
        if (!r)
            e.add("unit_ids", "field_unknown_ref", {{"value", id}});
        else
            units.emplace_back(id, r->s("name"));
    }
    for (const auto& l : p.leaders) {
        check::required(e, "leaders", l.name, 50);
        if (l.title.size() > 300) e.add("leaders", "field_too_long", {{"max", 100}});
    }
    if (owner != "activity" && !p.leaders.empty())
        e.add("leaders", "field_invalid_choice", {{"value", "leaders"}});
    if (!e.empty()) return;  // the caller throws with its labels
    tx.exec("DELETE FROM consultation_people WHERE committee_id = :c AND owner_type = :o AND owner_id = :id",
            {{"c", committee_id}, {"o", owner}, {"id", owner_id}});
    auto add = [&](const std::string& kind, storage::Value member, storage::Value unit,
                   const std::string& name, const std::string& job) {
        tx.exec(
            "INSERT INTO consultation_people (committee_id, owner_type, owner_id, kind, member_id, unit_id, "
            "name, "
            "title) VALUES (:c, :o, :id, :k, :m, :u, :n, :t)",
            {{"c", committee_id},
             {"o", owner},
             {"id", owner_id},
             {"k", kind},
             {"m", member},
             {"u", unit},
             {"n", name},
             {"t", job}});
    };
    for (const auto& [id, name] : members)
        add("member", id, {}, name, "");
    for (const auto& [id, name] : units)
        add("department", {}, id, name, "");
    for (const auto& l : p.leaders)
        add("leader", {}, {}, l.name, l.title);
    // each member taking part is credited once for the activity or item
    const bool activity = owner == "activity";
    const std::string_view kind = activity ? duty::kind::consultation : duty::kind::supervision;
    const std::string source = activity ? "consultation_activity" : "supervision_item";
    duty::retract_source(tx, committee_id, source, owner_id, kind);
    for (const auto& [id, name] : members)
        duty::record(tx, {committee_id, id, kind, source, owner_id, on,
                          (activity ? "参加协商：" : "参加民主监督：") + title});
}

nlohmann::json people_json(storage::Tx& tx, int64_t committee_id, const std::string& owner,
                           int64_t owner_id) {
    nlohmann::json out = {{"members", nlohmann::json::array()},
                          {"departments", nlohmann::json::array()},
                          {"leaders", nlohmann::json::array()}};
    for (const auto& r :
         tx.query("SELECT kind, member_id, unit_id, name, title FROM consultation_people WHERE "
                  "committee_id = :c AND owner_type = :o AND owner_id = :id ORDER BY id",
                  {{"c", committee_id}, {"o", owner}, {"id", owner_id}})) {
        const std::string kind = r.s("kind");
        if (kind == "member")
            out["members"].push_back({{"member_id", r.i("member_id")}, {"name", r.s("name")}});
        else if (kind == "department")
            out["departments"].push_back({{"unit_id", r.i("unit_id")}, {"name", r.s("name")}});
        else
            out["leaders"].push_back({{"name", r.s("name")}, {"title", r.s("title")}});
    }
    return out;
}

nlohmann::json entries_json(storage::Tx& tx, int64_t committee_id, const std::string& owner,
                            int64_t owner_id) {
    nlohmann::json out = nlohmann::json::object();
    for (const char* k : owner == "activity" ? std::vector<const char*>{"speech", "report"}
                                             : std::vector<const char*>{"visit", "letter", "follow_up"})
        out[k] = nlohmann::json::array();
    for (const auto& r :
         tx.query("SELECT id, kind, entry_date, title, category, member_id, person, place, text, "
                  "created_at FROM consultation_entries WHERE committee_id = :c AND owner_type = :o "
                  "AND owner_id = :id ORDER BY entry_date, id",
                  {{"c", committee_id}, {"o", owner}, {"id", owner_id}})) {
        auto o = r.json();
        out[r.s("kind")].push_back(o);
    }
    return out;
}

}  // namespace zhixie::consultation
