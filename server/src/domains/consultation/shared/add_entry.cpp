#include <map>

#include "audit/audit_log.hpp"
#include "core/clock.hpp"
#include "domains/consultation/consultation.hpp"
#include "services/duty/duty_records.hpp"

namespace zhixie::consultation {

namespace {
// What each kind of entry needs besides its date.
struct Rule {
    const char* owner;
    bool title, person, place, text;
};
const std::map<std::string, Rule> kRules = {
    // a speech names its speaker (a member, or person for someone else); a report has a type (category)
    {"speech", {"activity", false, false, false, true}},
    {"report", {"activity", true, false, false, true}},
    {"visit", {"supervision", false, false, true, false}},
    {"letter", {"supervision", false, true, false, true}},  // person: the addressee
    {"follow_up", {"supervision", false, false, false, true}},
};
}  // namespace

nlohmann::json add_entry(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, Lang lang,
                         const std::string& owner, int64_t owner_id, const Entry& in) {
    auto tx = db.write();
    const Owner o = load_owner(tx, me.committee_id, owner, owner_id);
    Entry x = in;
    FieldErrors e;
    auto rule = kRules.find(x.kind);
    if (rule == kRules.end() || owner != rule->second.owner) {
        e.add("kind", "field_invalid_choice", {{"value", x.kind}});
        e.throw_if_any(lang, labels());
    }
    const Rule& r = rule->second;
    if (x.entry_date.empty()) x.entry_date = o.date;
    check::date(e, "entry_date", x.entry_date, true);
    auto field = [&](bool required, const char* name, const std::string& v, size_t max) {
        if (required)
            check::required(e, name, v, max);
        else if (!v.empty())
            check::required(e, name, v, max);
    };
    field(r.title, "title", x.title, 200);
    field(r.person, "person", x.person, 100);
    field(r.place, "place", x.place, 200);
    field(r.text, "text", x.text, 20000);
    field(x.kind == "report", "category", x.category, 50);
    if (x.kind == "speech") {
        if (x.member_id) {
            auto m = tx.one("SELECT name FROM members WHERE id = :id AND committee_id = :c",
                            {{"id", *x.member_id}, {"c", me.committee_id}});
            if (!m)
                e.add("member_id", "field_unknown_ref", {{"value", *x.member_id}});
            else
                x.person = m->s("name");
        } else {
            check::required(e, "person", x.person, 100);
        }
    } else {
        x.member_id.reset();
    }
    e.throw_if_any(lang, labels());
    int64_t id = tx.insert(
        "INSERT INTO consultation_entries (committee_id, owner_type, owner_id, kind, entry_date, title, "
        "category, "
        "member_id, person, place, text, created_by, created_at) VALUES (:c, :o, :oid, :k, :d, :t, :cat, :m, "
        ":p, "
        ":pl, :x, :u, :now) RETURNING id",
        {{"c", me.committee_id},
         {"o", owner},
         {"oid", owner_id},
         {"k", x.kind},
         {"d", x.entry_date},
         {"t", x.title},
         {"cat", x.category},
         {"m", x.member_id ? storage::Value(*x.member_id) : storage::Value{}},
         {"p", x.person},
         {"pl", x.place},
         {"x", x.text},
         {"u", me.user_id},
         {"now", clock::now_iso()}});
    if (x.member_id)
        duty::record(tx, {me.committee_id, *x.member_id, duty::kind::speech, "consultation_entry", id,
                          x.entry_date, "协商发言：" + o.title});
    tx.exec(std::string("UPDATE ") + (owner == "activity" ? "consultation_activities" : "supervision_items") +
                " SET version = version + 1, updated_at = :now WHERE id = :id",
            {{"now", clock::now_iso()}, {"id", owner_id}});
    const std::string object = owner == "activity" ? "consultation_activity" : "supervision_item";
    audit::append(tx, actor, object + "." + x.kind + "_added", object, std::to_string(owner_id),
                  {{"entry", id}, {"title", x.title}, {"person", x.person}});
    auto out = entries_json(tx, me.committee_id, owner, owner_id);
    tx.commit();
    return out;
}

}  // namespace zhixie::consultation
