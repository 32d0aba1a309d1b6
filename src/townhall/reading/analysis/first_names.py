"""Common given names in Denmark, Germany and English-speaking countries.

Used only to tell a bare name line at the end of a paper ("Morten Binder") from a heading
made of two capitalised nouns ("Finanzielle Auswirkungen").
"""

from __future__ import annotations

FIRST_NAMES = frozenset(
    """
    aage adam adrian agnes ahmed aksel albert alexander alexandra alfred ali alice allan alma amalie amanda
    amelia amir andrea andreas andrew angela angelika anita anja anke ann anna anne annette anni annika
    anders ane anton antonia arne asger astrid axel barbara bastian ben benedikt benjamin bent bente
    bernd bernhard berit bettina bianca birgit birgitte birthe bjarne bjørn bo brian brigitte britt
    bruno camilla carl carla carina carolin caroline carsten caspar catherine charles charlotte chris
    christa christian christiane christina christine christoph christopher claudia claus clemens
    conny cornelia dagmar daniel daniela david dennis dieter dietmar dirk dominik doris dorothea
    dorte dorthe edith edward egon eigil einar elena eli elias elisabeth elise elke ella ellen elsa else
    emil emilie emily emma erik erika erling ernst esben eske eva ewald felix finn frank franz frederik
    freja frida friedrich frits gabriele george georg gerd gerhard gert gitte gorm grete gudrun günter
    günther guntram gustav hanna hannah hanne hans harald harry hartmut heidi heike heinrich heinz helene
    helga helle helmut henning henrik henry herbert hermann hilde holger hugo ib ida ilse inga inge
    ingeborg ingo ingrid irene iris isabel isabella jacob jakob james jan jane janne jannik jasmin jens
    jeppe jesper jessica jette joachim jochen johan johann johanna johannes john jonas jonathan jørgen
    jørn josef julia julian juliane julie jürgen jutta kai kaj karen kari karin karina karl karsten
    kasper katharina kathrin katja katrin kerstin kevin kim kirsten kirsti klaus knud kristian kristina
    kurt lars laura lea leif lena leon leonie lilly line linda lisa lise lone lotte louise lucas ludwig
    lukas luise lykke mads magnus maja malene manfred manuel marc marcel marco margit margrethe maria
    marianne marie marina mario mark markus marlene marta martha martin martina mathias matthias max
    maximilian mette michael michaela michelle mikael mikkel mona monika morten nadia nadine natalie
    niels nikolaj nils nina noah nora ole oliver olaf otto palle patrick paul paula per pernille peter
    petra philipp pia poul rainer ralf rasmus regina reinhard renate rene rené richard rikke rita robert
    rolf ruth sabine sabrina sandra sara sarah sascha sebastian signe silke simon simone sofie sonja
    sophia sophie stefan stefanie steffen stephan stephanie susan susanne svend søren tanja teresa thomas
    thorsten tina tobias tom torben tove trine troels ulla ulrich ulrike ursula uta ute uwe vera victor
    viktor vibeke walter werner wilhelm william wolfgang yvonne zoe jane john mary sarah james robert
    michael david richard joseph thomas charles christopher daniel matthew anthony mark donald steven
    paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan gary nicholas
    eric stephen larry justin scott brandon frank raymond gregory samuel patrick alan fiona ian iain
    alastair angus callum craig duncan euan fraser gordon graham hamish kirsty lesley lindsay morag
    neil rory ross stuart eilidh catriona moira shona gillian helen karen margaret susan elizabeth
    beat urs reto ueli
    """.split()
)
