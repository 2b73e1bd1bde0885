"""Article text that is not running prose: leads above lists, subheads, list items.

Each behaviour has its page shape here, and a negative twin: boilerplate of the
same shape still goes.
"""

from __future__ import annotations

import pytest

from normkit import Normalizer


@pytest.fixture(scope="module")
def norm() -> Normalizer:
    return Normalizer(lang="en")


def kept(norm: Normalizer, text: str) -> str:
    return norm.run(text).text


NAV = "\n".join(["Home", "Recipes", "Fitness", "Nutrition", "Community", "Shop", "Blog"])

LEGAL_FOOTER = """\
The information on this website, including the blog, the community pages and all \
other material, was written for general information only and is not medical advice \
of any kind, so you should always ask your doctor before you change what you eat.
Results vary with the starting point, the goals and the effort of each person, and a \
sensible diet together with regular exercise is needed to reach and to keep a healthy \
weight over the years.
These statements have not been evaluated by any food or drug authority, and none of \
the products that are named on this site is meant to diagnose, to treat or to cure \
any disease at all.
Talk to your physician and follow all the safety instructions before you begin any \
exercise programme or take any supplement or meal replacement that is sold on this site.
© 2019 Example Fitness Ltd. All rights reserved. Example Fitness is the owner of the \
trademarks that are shown on this site, and all other marks belong to their owners.
"""

MEAL_PLAN_PAGE = f"""\
Weekly Meal Prep for Busy Runners | Example Fitness Blog
Skip to content
{NAV}
Weekly Meal Prep for Busy Runners
November 12, 2018 | BY: Example Fitness
If you train for a race, you already know how much easier the week gets when the \
meals are cooked on Sunday and wait for you in the fridge.
This plan follows the same portions as our running programme, so you can use the \
numbers you worked out there to decide how much of each meal you need.
Cook everything in one afternoon, split it into boxes, and the week is done.
Breakfast
Eat 60–90 minutes before your run
Oats and Berries [1 cup oats, ½ cup blueberries, 1 tsp. honey, 8 oz. almond milk]
Portion containers: 1 Yellow, 1 Purple, 1 tsp.
Lunch
Eat every 2–3 hours
Chicken Salad (4 oz. cooked chicken, 1 cup lettuce, ½ cup cherry tomatoes, 1 tsp. olive oil)
Portion containers: 1 Green, 1 Red, 1 tsp.
Dinner
Eat 1–2 hours after your run
Beef Chili, 1 Tbsp. cilantro or green onions, 10 olives (or 2 Tbsp. pumpkin seeds)
Portion containers: 1 Green, 1 Red, 1 Yellow, 1 Orange
Related Articles
Nutrition
Why Breakfast Matters More Than You Think
Nutrition
Five Snacks for Long Runs
Facebook
Pinterest
Join our newsletter
{LEGAL_FOOTER}\
Contact Us | Terms of Use | Privacy Policy
"""


def test_a_lead_below_the_headline_and_the_list_under_it_stay(norm):
    """The lead right below the headline starts the article, though a legal footer
    is denser prose: the meal plan under the lead is the article's, not a menu."""
    out = kept(norm, MEAL_PLAN_PAGE)
    assert "If you train for a race" in out
    assert "Cook everything in one afternoon" in out
    assert "Oats and Berries [1 cup oats" in out
    assert "Eat every 2–3 hours" in out
    assert "Portion containers: 1 Green, 1 Red, 1 Yellow, 1 Orange" in out
    assert "Skip to content" not in out and "Recipes" not in out
    assert "Join our newsletter" not in out and "Contact Us | Terms" not in out


STANDFIRST_PAGE = f"""\
Town council approves new bridge over the river | Example News
{NAV}
Town council approves new bridge over the river
The vote ends a dispute that has divided the town for more than ten years.
Breaking News Emails
Get breaking news alerts and special reports. The news and stories that matter, \
delivered weekday mornings.
SUBSCRIBE
Nov. 19, 2019, 8:41 AM UTC
By Anna Berg
The town council voted on Monday to build a new bridge over the river, ending a \
dispute that has divided residents for more than a decade, the mayor said.
The bridge will cost about 12 million euros and should open in 2023, when the old \
ferry will stop running, according to the plans that the council published.
Related Articles
Facebook
Twitter
"""


def test_a_standfirst_alone_does_not_pull_the_page_into_the_article(norm):
    """One sentence under the headline is a summary; the newsletter prompt below it
    is still page furniture, not the start of the article."""
    out = kept(norm, STANDFIRST_PAGE)
    assert "The town council voted on Monday" in out
    assert "The bridge will cost" in out
    assert "Get breaking news alerts" not in out
    assert "Breaking News Emails" not in out


GALLERY_PAGE = f"""\
Mayor opens the new harbour museum | Example News
{NAV}
Mayor opens the new harbour museum
The mayor speaks with visitors at the opening of the harbour museum on Saturday, in the old port.
The mayor speaks with visitors at the opening of the harbour museum on Saturday, in the old port.
Image 1 of 5
Caption
Close
Image 1 of 5
Share this article
The mayor opened the new harbour museum on Saturday, two years after the city bought \
the old customs house on the quay and began to restore it.
More than three thousand people visited the museum on its first day, the director \
said, and the queue reached the end of the quay in the afternoon.
Related Articles
Facebook
Twitter
"""


def test_a_caption_shown_twice_is_no_lead(norm):
    """A gallery caption repeated under the headline is not two paragraphs of a lead."""
    out = kept(norm, GALLERY_PAGE)
    assert "The mayor opened the new harbour museum" in out
    assert "Image 1 of 5" not in out


FEATURES_PAGE = f"""\
Card game for couples gets a winter edition | Example Games
{NAV}
Card game for couples gets a winter edition
October 5, 2018
Leave a comment
The winter edition of the card game came out this week, and it is the largest \
update since the game was first released three years ago.
It is meant for couples who have been together for a long time and want to try \
something new on their evenings at home, the makers said.
The winter edition brings:
Hundreds of new tasks that will make your evenings longer and more interesting
Dozens of tricky questions that will help you to know each other better
Challenges that have to be done within a week, even after the game is over
Download
Share this entry
Facebook
Twitter
"""


def test_items_written_as_clauses_after_a_colon_stay(norm):
    """A line ending in ":" announces a list; items dense in function words are prose."""
    out = kept(norm, FEATURES_PAGE)
    assert "The winter edition brings:" in out
    assert "Hundreds of new tasks that will make" in out
    assert "Challenges that have to be done within a week" in out
    assert "Share this entry" not in out


SERIES_PAGE = f"""\
Council approves the budget for next year | Example News
{NAV}
Council approves the budget for next year
The town council approved the budget for next year on Monday after a debate that \
lasted well into the night, the mayor's office said.
Spending on schools will rise by four percent, while the money for roads stays at \
the level of this year, according to the plan.
More in This Series:
How the Town Pays for Its New Schools and Roads
Why the Old Ferry Will Stop Running in the Spring
What the New Bridge Means for the Shops on the Quay
Categories:
Politics
Local
Share this article
Facebook
Twitter
"""


def test_titles_and_labels_after_a_colon_still_go(norm):
    """Title-case headlines of other stories and one-word labels are no clause items."""
    out = kept(norm, SERIES_PAGE)
    assert "Spending on schools will rise" in out
    assert "How the Town Pays for Its New Schools" not in out
    assert "Why the Old Ferry Will Stop Running" not in out
    assert "Politics" not in out


STATS_PAGE = f"""\
Snap counts and notes from the win over Denver | Example Sports
{NAV}
Snap counts and notes from the win over Denver
Photo by Jane Doe/Example Images
Below, we look at the snap counts and the stats on defense from Sunday's game against Denver.
Defensive Line
Player Position Plays Percent Stats
DL Mark Jones 63 85% 1 tackle (1 combined). 1 sack, 1 TFL, 2 QH.
DL Tom Brown 58 78% 3 tackles (4 combined).
Jones had his best game of the season, and the coaches said after the game that \
he has earned more snaps on the line in the weeks to come.
Brown played through a sore ankle and still finished with three tackles, which is \
more than anybody expected from him on Friday.
Linebacker
Player Position Plays Percent Stats
LB Joe Smith 74 100% 7 tackles, 3 assists (10 combined). 2 INT.
LB Sam White 70 95% 5 tackles (6 combined).
Smith was the best player on the field, with two interceptions in the second half \
that ended two drives deep in his own territory.
Cornerback
Player Position Plays Percent Stats
CB Dan Green 74 100% 4 tackles (4 combined). 1 pass defended.
Green is still waiting for his first interception of the year, though he came close \
twice on Sunday and was never beaten deep.
Share this article
Facebook
Twitter
"""


def test_a_table_header_repeated_in_the_article_stays(norm):
    """A line the article itself repeats (a table's header row) is its refrain."""
    out = kept(norm, STATS_PAGE)
    assert "Smith was the best player on the field" in out
    assert out.count("Player Position Plays Percent Stats") >= 2


HEADLINE_TWICE = f"""\
Council approves the budget for next year | Example News
{NAV}
Council approves the budget for next year
The town council approved the budget for next year on Monday after a debate that \
lasted well into the night, the mayor's office said.
Council approves the budget for next year
Spending on schools will rise by four percent, while the money for roads stays at \
the level of this year, according to the plan.
Share this article
Facebook
"""


def test_a_headline_repeated_once_in_the_article_still_goes(norm):
    """A headline shown once more inside the article is a repeat, not a refrain: the
    headline under the menu stays (it heads the body), its copy inside the body goes."""
    out = kept(norm, HEADLINE_TWICE)
    assert out.count("Council approves the budget for next year") == 1
    assert out.startswith("Council approves the budget for next year\nThe town council")
    assert "Spending on schools will rise" in out
