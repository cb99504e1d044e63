#include "domains/org/staffing.hpp"

namespace zhixie::org {

namespace {

bool ends_with(const std::string& s, const std::string& tail) {
    return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

std::string numeral(int64_t n) {
    static const char* digits[] = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
    if (n >= 0 && n <= 10) return digits[n];
    if (n < 20) return std::string("十") + digits[n - 10];
    if (n < 100) return std::string(digits[n / 10]) + "十" + (n % 10 ? digits[n % 10] : "");
    return std::to_string(n);
}

}  // namespace

std::string post_kind_of(const std::string& title) {
    for (const char* tail : {"主任", "主席", "长", "书记"})
        if (ends_with(title, tail)) return "leader";
    return "staff";
}

BodyStaffing compute_staffing(const std::vector<AuthorisedPost>& posts,
                              const std::vector<PersonInPost>& people) {
    BodyStaffing out;
    for (const auto& p : posts)
        out.posts.push_back({p, {}, 0, 0, 0});
    std::vector<const PersonInPost*> rest;
    // first by title…
    for (const auto& person : people) {
        PostFill* match = nullptr;
        for (auto& f : out.posts)
            if (!match && f.post.title == person.post) match = &f;
        if (match)
            match->people.push_back(person.id);
        else
            rest.push_back(&person);
    }
    // …then by kind, into a post that still has room
    for (const auto* person : rest) {
        const std::string kind = post_kind_of(person->post);
        PostFill* room = nullptr;
        for (auto& f : out.posts)
            if (!room && f.post.post_kind == kind &&
                static_cast<int64_t>(f.people.size()) < f.post.authorised)
                room = &f;
        if (room)
            room->people.push_back(person->id);
        else
            out.unmatched.push_back(person->id);
    }
    for (auto& f : out.posts) {
        f.filled = static_cast<int64_t>(f.people.size());
        f.vacancies = f.filled < f.post.authorised ? f.post.authorised - f.filled : 0;
        f.over = f.filled > f.post.authorised ? f.filled - f.post.authorised : 0;
        out.authorised += f.post.authorised;
        out.vacancies += f.vacancies;
        out.over += f.over;
    }
    out.over += static_cast<int64_t>(out.unmatched.size());
    out.filled = static_cast<int64_t>(people.size());
    out.one_person = out.filled == 1;
    return out;
}

std::string structure_label(int64_t offices, int64_t special_committees, int64_t centres) {
    std::string label;
    if (offices > 0) label += numeral(offices) + "室";
    if (special_committees > 0) label += numeral(special_committees) + "委";
    if (centres > 0) label += numeral(centres) + "中心";
    return label;
}

}  // namespace zhixie::org
