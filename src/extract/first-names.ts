/**
 * Common given names whose gender is nearly always the same, for agreeing "he"/"she" with a name
 * when the text itself does not say (no Mr./Ms., no pronoun right after the name). A gazetteer of
 * frequent names, not of anyone in particular; names that are often both are left out.
 */
const MALE = `aaron abdul adam adrian ahmed ahmad al alan albert alex alexander ali andrew andy angelo anthony antonio arnold arthur
barack ben benjamin bernie bill billy bob bobby boris brad bradley brandon brett brian bruce bryan carl carlos charles charlie chris
christopher chuck clarence colin craig dan daniel danny darren dave david dennis derek dick don donald doug douglas duncan dwight
ed eddie edward eric ernest eugene evan frank franklin fred frederick gary gavin george gerald giuseppe glenn gordon graham greg gregory
hank harold harry henry howard hugh ian ivan jack jacob jake james jason jeb jeff jeffrey jeremy jerome jerry jesse jim jimmy joe
joel john johnny jon jonathan jorge jose joseph josh joshua juan julian justin keith ken kenneth kevin kirk larry lawrence lee leon
leonard lloyd louis luis luke marco marcus mario mark martin matt matthew michael mike mitch mitt mohammed muhammad nathan neil nicholas
nick nigel norman oliver omar oscar otto patrick paul peter phil philip pierre ralph randy ray raymond reince richard rick robert
rodrigo roger roland ron ronald roy rudy rush russell ryan sam samuel scott sean sergei sergey seth shawn sherrod stanley stephen steve
steven stuart ted terry thomas tim timothy todd tom tony travis trevor tyler vernon victor vincent vladimir walter wayne william willie
xi yusuf zach zachary`;

const FEMALE = `abigail ada adriana alice alicia alison allison amanda amber amy andrea angela angelina ann anna anne annie barbara betsy
betty beverly brenda bridget brittany carla carly carmen carol caroline carolyn catherine cathy charlotte cheryl christina christine
cindy claire claudia colleen condoleezza courtney cynthia dana daniela deborah debbie debra denise diana diane donna doris dorothy
elaine eleanor elena elizabeth ellen emily emma erin esther eva evelyn frances gabrielle gina gloria grace gwen hannah heather heidi
helen hillary ingrid irene isabel ivanka jackie jacqueline jane janet janice jean jennifer jessica jill joan joanna jodi joyce judith
judy julia julie karen karoline kate katherine kathleen kathryn kathy katie kayleigh kelly kellyanne kim kimberly kirsten kristen laura
lauren leah linda lisa liz loretta lori louise lucy lynn madeleine margaret maria marian marie marine marsha martha mary megan melania
melanie melissa meryl michelle mildred molly monica nancy naomi natalie nicole nikki nina nora olivia pam pamela patricia patty paula
pauline peggy penny rachel rebecca regina rita roberta rosa rose ruth sally samantha sandra sara sarah sharon sheila shirley sonia
sonya sophie stacey stephanie sue susan suzanne sylvia tammy tanya teresa theresa tiffany tina tracy valerie vanessa victoria virginia
wendy whitney yalda yvonne zoe`;

const GENDER = new Map<string, 'he' | 'she'>();
for (const n of MALE.split(/\s+/)) if (n) GENDER.set(n, 'he');
for (const n of FEMALE.split(/\s+/)) if (n) GENDER.set(n, 'she');

/** 'he' / 'she' for a common given name, or null. */
export function genderOfFirstName(name: string): 'he' | 'she' | null {
  return GENDER.get(name.toLowerCase()) ?? null;
}
