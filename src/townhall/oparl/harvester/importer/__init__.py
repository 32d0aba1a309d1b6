"""Harvest an OParl endpoint into townhall: lists fetched in parallel, objects written in order.

Fetching happens in a small thread pool (one worker per list, each following ``links.next``); all
database writes happen in the calling thread, list by list in an order where the objects a list
points to are usually already there (organizations before memberships, meetings before papers).
Links that still point nowhere are collected and resolved at the end of each body, fetching the
missing objects by their id.
"""

from townhall.oparl.harvester.importer.run import HarvestFailed, Harvester, harvest

__all__ = ["HarvestFailed", "Harvester", "harvest"]
