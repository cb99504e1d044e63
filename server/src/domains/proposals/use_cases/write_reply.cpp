#include "core/clock.hpp"
#include "domains/proposals/record.hpp"

namespace zhixie::proposals {

namespace {

bool valid_class(const Settings& s, const std::string& c) {
    for (const auto& [code, name] : reply_classes(s))
        if (code == c) return true;
    return false;
}

}  // namespace

// A lead or split unit's reply letter with its class, or a co-handling unit's opinion to the lead (会办意见).
// When every unit that must reply (the lead, or each split unit) has replied in this round, the case moves
// to "replied"; its class is the lead's (or the first split unit's).
nlohmann::json write_reply(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, Lang lang,
                           const ReplyText& r) {
    FieldErrors e;
    check::required(e, "text", r.text, 20000);
    auto tx = db.write();
    auto who = caller_of(tx, me);
    auto p = visible(tx, who, r.who.step.id);
    int64_t unit = r.opinion ? acting_unit(tx, who, p, r.who.unit_id, {"co"})
                             : acting_unit(tx, who, p, r.who.unit_id, {"lead", "split"});
    const Settings s = load_settings(tx, me.committee_id);
    if (!r.opinion && !valid_class(s, r.reply_class))
        e.add("reply_class", "field_invalid_choice", {{"value", r.reply_class}});
    e.throw_if_any(lang, labels());
    require_state(tx, who, p, {"handling", "rehandling"});
    storage::Params k{{"p", p.id}, {"round", p.rehandled}};
    if (!r.opinion &&
        tx.one("SELECT id FROM proposal_replies WHERE proposal_id = :p AND unit_id = :u AND round = "
               ":round AND kind = 'reply' AND returned = 0",
               {{"p", p.id}, {"u", unit}, {"round", p.rehandled}}))
        throw AppError::conflict("reply_already_given");
    int64_t id = tx.insert(
        "INSERT INTO proposal_replies (committee_id, proposal_id, unit_id, kind, round, reply_class, text, "
        "written_by, written_at) VALUES (:c, :p, :u, :kind, :round, :cls, :text, :by, :now) RETURNING id",
        {{"c", me.committee_id},
         {"p", p.id},
         {"u", unit},
         {"kind", std::string(r.opinion ? "opinion" : "reply")},
         {"round", p.rehandled},
         {"cls", r.opinion ? std::string() : r.reply_class},
         {"text", r.text},
         {"by", me.user_id},
         {"now", clock::now_iso()}});
    record(tx, actor, r.opinion ? "opinion_given" : "reply_given", p.id,
           {{"reply", id}, {"unit_id", unit}, {"reply_class", r.reply_class}, {"round", p.rehandled}});
    if (!r.opinion) {
        auto waiting = tx.one(
            "SELECT COUNT(*) AS n FROM proposal_units pu WHERE pu.proposal_id = :p AND pu.active = 1 AND "
            "pu.role IN "
            "('lead', 'split') AND NOT EXISTS (SELECT 1 FROM proposal_replies r WHERE r.proposal_id = "
            "pu.proposal_id "
            "AND r.unit_id = pu.unit_id AND r.kind = 'reply' AND r.round = :round AND r.returned = 0)",
            k);
        if (waiting->i("n") == 0) {
            auto cls = tx.one(
                "SELECT r.reply_class FROM proposal_replies r JOIN proposal_units pu ON pu.proposal_id = "
                "r.proposal_id "
                "AND pu.unit_id = r.unit_id AND pu.active = 1 WHERE r.proposal_id = :p AND r.kind = 'reply' "
                "AND "
                "r.round = :round AND r.returned = 0 ORDER BY CASE pu.role WHEN 'lead' THEN 0 ELSE 1 END, "
                "r.id",
                k);
            tx.exec("UPDATE proposals SET reply_class = :cls, updated_at = :now WHERE id = :p",
                    {{"cls", cls->s("reply_class")}, {"now", clock::now_iso()}, {"p", p.id}});
            fire(tx, who, actor, p, "reply", r.who.step);
        }
    }
    auto out = proposal_json(tx, who, p.id);
    tx.commit();
    return out;
}

}  // namespace zhixie::proposals
