#include "core/clock.hpp"
#include "domains/proposals/record.hpp"

namespace zhixie::proposals {

// Staff review the reply: accept it (the class may be corrected: a reply classed A that only promises
// action is a B) or return it to the units, who reply again.
nlohmann::json review_reply(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, Lang lang,
                            const Step& s, bool approve, const std::string& corrected_class) {
    auto tx = db.write();
    auto who = caller_of(tx, me);
    auto p = visible(tx, who, s.id);
    const Settings settings = load_settings(tx, me.committee_id);
    FieldErrors e;
    if (!corrected_class.empty()) {
        std::vector<std::string> codes;
        for (const auto& [code, name] : reply_classes(settings))
            codes.push_back(code);
        check::one_of(e, "reply_class", corrected_class, codes);
    }
    if (!approve) check::required(e, "note", s.note, 2000);
    e.throw_if_any(lang, labels());
    require_state(tx, who, p, {"replied"});
    auto before =
        tx.one("SELECT reply_class FROM proposals WHERE id = :id", {{"id", p.id}})->s("reply_class");
    const std::string now = clock::now_iso();
    if (approve) {
        const std::string cls = corrected_class.empty() ? before : corrected_class;
        fire(tx, who, actor, p, "review_reply", s);
        tx.exec("UPDATE proposals SET reply_class = :cls, updated_at = :now WHERE id = :p",
                {{"cls", cls}, {"now", now}, {"p", p.id}});
        tx.exec(
            "UPDATE proposal_replies SET reviewed_class = CASE WHEN :corr = '' THEN reply_class ELSE :corr "
            "END WHERE "
            "proposal_id = :p AND round = :round AND kind = 'reply' AND returned = 0",
            {{"corr", corrected_class}, {"p", p.id}, {"round", p.rehandled}});
        record(tx, actor, "reply_reviewed", p.id,
               {{"before", {{"reply_class", before}}}, {"after", {{"reply_class", cls}}}, {"note", s.note}});
    } else {
        fire(tx, who, actor, p, "return_reply", s);
        tx.exec(
            "UPDATE proposal_replies SET returned = 1 WHERE proposal_id = :p AND round = :round AND kind = "
            "'reply' "
            "AND returned = 0",
            {{"p", p.id}, {"round", p.rehandled}});
        // the on-time rate counts the reply that was accepted
        tx.exec(
            "UPDATE proposals SET replied_at = NULL, reply_class = '', updated_at = :now WHERE id = :p AND "
            "rehandled = 0",
            {{"now", now}, {"p", p.id}});
        record(tx, actor, "reply_returned", p.id, {{"note", s.note}});
    }
    auto out = proposal_json(tx, who, p.id);
    tx.commit();
    return out;
}

}  // namespace zhixie::proposals
