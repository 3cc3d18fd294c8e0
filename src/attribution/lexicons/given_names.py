"""Common given names with the gender they usually mark, for pronoun agreement ("Ann Ruiz ... she").

Written by hand for this project: frequent English given names (US and UK usage) plus given names
common in international news (Arabic, Turkish, Spanish, French, German, Russian, Chinese
romanizations are mostly left out because they are often ambiguous). A name that is commonly used
for both genders (Jordan, Taylor, Alex, Jean, Kim...) is deliberately absent: absent means unknown.
"""

from __future__ import annotations

__all__ = ["COMMON_SURNAMES", "FEMALE", "MALE", "gender_of"]

_MALE_WORDS = """
    aaron abdullah adam adrian ahmed ahmet ali alan albert alberto alejandro alexander alexei
    alfred ali andre andrew andrei andres angelo anthony antonio arnold arthur barack barry ben
    benjamin bernard bernie bill billy bob bobby boris brad bradley brandon brent brett brian
    bruce bryan byron calvin carl carlos chad charles charlie chris christopher chuck clarence
    claude clifford clint cory craig curtis dale dan daniel danny darrell dave david dean dennis
    derek dick diego dmitry dominic don donald doug douglas duncan dwight earl eddie edward
    elijah elliott emmanuel enrique eric erik ernest eugene evan felipe fernando francis
    francisco frank franklin fred frederick gabriel gary gavin george gerald gilbert giuseppe
    glenn gordon graham greg gregory gustavo guy hakan hamid hans harold harry harvey hassan hector
    henry herbert howard hugh hugo hussein ian igor isaac ivan jack jacob jake james jamie jared
    jason javier jay jeb jeff jeffrey jeremy jerome jerry jesse jim jimmy joe joel johann john
    johnny jon jonathan jorge jose joseph josh joshua juan julian justin karl keith kemal ken
    kenneth kevin khalid kurt kyle lamar larry lawrence lee leon leonard leroy lindsey lloyd
    louis lucas luis luke lyndon malcolm manuel marco marcus mario mark martin marvin matt
    matthew maurice max michael miguel mike mitch mitchell mohammed muhammad mohamed mustafa
    nathan neil nicholas nick nigel noah norman oliver omar oscar owen pablo patrick paul pedro
    pete peter philip phil pierre rafael ralph ramon randy raul ray raymond recep reed reggie
    reince ricardo richard rick ricky rob robert roberto rod roger roland ron ronald rory ross
    roy rudy russell ryan salman sam samuel scott sean sergei sergey seth shawn sherrod stanley
    stefan stephen steve steven stuart ted terry theodore thomas tim timothy todd tom tommy tony
    travis trey troy tyler vernon victor vincent vladimir walter warren wayne wesley william
    willie xavier yusuf zachary
    """
MALE: frozenset[str] = frozenset(_MALE_WORDS.split())

_FEMALE_WORDS = """
    abigail ada adriana agnes aisha alice alicia alison amanda amber amy ana andrea angela
    angelina ann anna anne annette antonia april arlene audrey barbara beatrice becky belinda
    betsy betty beverly bonnie brenda bridget brittany camila carly carmen carol caroline
    carolyn catherine cathy cecilia charlotte cheryl christina christine cindy claire clara
    claudia colleen connie courtney cynthia daisy dana danielle daphne darlene dawn debbie
    deborah debra denise diana diane dianne dolores donna doris dorothy edith eileen elaine
    eleanor elena elisabeth elise elizabeth ella ellen emily emma erica erin esther eva evelyn
    fatima fiona florence frances gabriela gail gina gloria grace gretchen gwen hannah harriet
    heather heidi helen hillary holly hope huma ilhan irene iris isabel isabella ivanka jacqueline
    jane janet janice jeanne jennifer jenny jessica jill joan joanna jodi josephine joy joyce
    judith judy julia julie karen kate katherine kathleen kathryn kathy katie kayleigh kelly
    kellyanne kirsten kristen laura lauren leah leslie lila lillian linda lisa lois loretta
    lori louise lucia lucy lydia lynn madeleine maria marie marilyn marina marsha martha mary
    maureen maxine megan melania melissa michele michelle mildred miriam molly monica nancy
    naomi natalia natalie nicole nikki nina nora olga olivia pamela patricia paula pauline
    peggy penny phyllis rachel rebecca regina rita roberta rosa rose rosemary ruth sabrina
    sally samantha sandra sara sarah sharon sheila shirley silvia sofia sonia sophia stacey
    stephanie susan susana suzanne sylvia tammy tanya teresa theresa tiffany tina tracy ursula
    valerie vanessa vera veronica victoria virginia wanda wendy yvonne zoe
    """
FEMALE: frozenset[str] = frozenset(_FEMALE_WORDS.split())

# Frequent surnames (US census-style frequency, from general knowledge): two of them one letter
# apart ("Smith", "Smyth") are usually different people, so they are never matched as misspellings.
_COMMON_SURNAME_WORDS = """
    smith smyth johnson jonson williams brown jones miller davis garcia rodriguez wilson martinez
    anderson taylor thomas hernandez moore martin jackson thompson white lopez lee gonzalez
    harris clark lewis robinson walker perez hall young allen sanchez wright king scott green
    baker adams nelson hill ramirez campbell mitchell roberts carter phillips evans turner
    torres parker collins edwards stewart flores morris nguyen murphy rivera cook rogers morgan
    peterson cooper reed bailey bell gomez kelly howard ward cox diaz richardson wood watson
    brooks bennett gray james reyes cruz hughes price myers long foster sanders ross morales
    powell sullivan russell ortiz jenkins gutierrez perry butler barnes fisher henderson coleman
    simmons patterson jordan reynolds hamilton graham kim gonzales alexander ramos wallace
    griffin west cole hayes chavez gibson bryant ellis stevens murray ford marshall owens
    mcdonald harrison ruiz kennedy wells alvarez woods mendoza castillo olson webb washington
    tucker freeman burns henry vasquez snyder simpson crawford jimenez porter mason shaw gordon
    wagner hunter romero hicks dixon hunt palmer robertson black holmes stone meyer boyd mills
    warren fox rose rice moreno schmidt patel ferguson nichols herrera medina ryan fernandez
    weaver daniels stephens gardner payne kelley dunn pierce arnold tran spencer peters hawkins
    grant hansen castro hoffman hart elliott cunningham knight bradley meyers
"""
COMMON_SURNAMES: frozenset[str] = frozenset(_COMMON_SURNAME_WORDS.split())


def gender_of(given: str) -> str | None:
    """``"m"``, ``"f"`` or None for a given name (any case)."""
    key = given.lower()
    if key in MALE:
        return "m"
    if key in FEMALE:
        return "f"
    return None
