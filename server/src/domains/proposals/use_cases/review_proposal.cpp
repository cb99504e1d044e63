#include <map>

#include "core/clock.hpp"
#include "domains/proposals/record.hpp"

namespace zhixie::proposals {

// The proposals committee's review (审查): accept (立案, numbered on entering the state), reject on one of
// the committee's grounds, convert to an opinion or to social-conditions information, or return for revision.
// A proposal still waiting in "submitted" is first taken into review; both steps are in the timeline.
nlohmann::json review_proposal(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                               Lang lang, const Review& r) {
    static const std::map<std::string, std::string> kTransition = {{"start", "start_review"},
                                                                   {"accept", "accept"},
                                                                   {"reject", "reject"},
                                                                   {"convert", "convert"},
                                                                   {"return", "return"}};
    auto it = kTransition.find(r.outcome);
    if (it == kTransition.end())
        throw AppError::invalid_field("outcome", "start accept reject convert return");
    auto tx = db.write();
    auto who = caller_of(tx, me);
    auto p = visible(tx, who, r.step.id);
    const Settings s = load_settings(tx, me.committee_id);
    auto current = tx.one("SELECT category FROM proposals WHERE id = :id", {{"id", p.id}})->s("category");
    const std::string category = r.category.empty() ? current : r.category;
    FieldErrors e;
    if (r.outcome == "accept") {
        if (check::required(e, "category", category, 40))
            check::one_of(e, "category", category, s.categories);
    } else if (r.outcome == "reject") {
        check::one_of(e, "ground", r.ground, s.reject_grounds);
    } else if (r.outcome == "convert") {
        check::one_of(e, "converted_to", r.converted_to, {"opinion", "social_info"});
    } else if (r.outcome == "return") {
        check::required(e, "note", r.step.note, 2000);
    }
    e.throw_if_any(lang, labels());
    Step step = r.step;
    if (p.state == "submitted" && r.outcome != "start") {
        fire(tx, who, actor, p, "start_review", {p.id, r.step.version, ""});
        step.version.reset();  // checked by the first step
    }
    fire(tx, who, actor, p, it->second, step);
    if (r.outcome != "start") {
        tx.exec(
            "UPDATE proposals SET category = :cat, reject_ground = :ground, converted_to = :conv, "
            "review_note = "
            ":note, updated_at = :now WHERE id = :id",
            {{"cat", category},
             {"ground", r.outcome == "reject" ? r.ground : std::string()},
             {"conv", r.outcome == "convert" ? r.converted_to : std::string()},
             {"note", r.step.note},
             {"now", clock::now_iso()},
             {"id", p.id}});
        record(tx, actor, "reviewed", p.id,
               {{"outcome", r.outcome},
                {"before", {{"category", current}}},
                {"after", {{"category", category}, {"ground", r.ground}, {"converted_to", r.converted_to}}},
                {"note", r.step.note}});
    }
    auto out = proposal_json(tx, who, p.id);
    tx.commit();
    return out;
}

}  // namespace zhixie::proposals
